package sha1

import "hash"

const BlockSize = 64
const Size = 20

func New() hash.Hash
func Sum(data []byte) [Size]byte
