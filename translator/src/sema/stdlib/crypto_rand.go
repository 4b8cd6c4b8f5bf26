package rand

import (
	"io"
	"math/big"
)

var Reader io.Reader

func Read(b []byte) (n int, err error)
func Text() string
func Int(rand io.Reader, max *big.Int) (n *big.Int, err error)
