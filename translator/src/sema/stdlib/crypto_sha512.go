package sha512

import "hash"

const (
	BlockSize = 128
	Size      = 64
	Size384   = 48
)

func New() hash.Hash
func New384() hash.Hash
func Sum512(data []byte) [Size]byte
func Sum384(data []byte) [Size384]byte
