package io

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF error

var (
	ErrUnexpectedEOF error
	ErrNoProgress    error
	ErrShortWrite    error
)

func ReadAll(r Reader) ([]byte, error)
func WriteString(w Writer, s string) (n int, err error)
