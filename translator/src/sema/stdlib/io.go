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

var ErrShortBuffer error
var ErrClosedPipe error

var Discard Writer

func Copy(dst Writer, src Reader) (written int64, err error)
func CopyN(dst Writer, src Reader, n int64) (written int64, err error)
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)
func ReadFull(r Reader, buf []byte) (n int, err error)
func LimitReader(r Reader, n int64) Reader
func TeeReader(r Reader, w Writer) Reader
func MultiReader(readers ...Reader) Reader
func MultiWriter(writers ...Writer) Writer

type PipeReader struct{}
type PipeWriter struct{}

func Pipe() (*PipeReader, *PipeWriter)
func (r *PipeReader) Read(data []byte) (n int, err error)
func (r *PipeReader) Close() error
func (r *PipeReader) CloseWithError(err error) error
func (w *PipeWriter) Write(data []byte) (n int, err error)
func (w *PipeWriter) Close() error
func (w *PipeWriter) CloseWithError(err error) error

type Closer interface {
	Close() error
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

func NopCloser(r Reader) ReadCloser
