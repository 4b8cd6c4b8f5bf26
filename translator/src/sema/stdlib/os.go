package os

type File struct{}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

var Args []string

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string
func (e *PathError) Unwrap() error

var (
	ErrNotExist         error
	ErrExist            error
	ErrPermission       error
	ErrInvalid          error
	ErrClosed           error
	ErrDeadlineExceeded error
	ErrNoDeadline       error
)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Getpid() int
func Hostname() (name string, err error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm uint32) error

type Signal interface {
	String() string
	Signal()
}

var (
	Interrupt Signal
	Kill      Signal
)
