package fnv

import "hash"

func New32() hash.Hash32
func New32a() hash.Hash32
func New64() hash.Hash64
func New64a() hash.Hash64
