package os

import "io/fs"

type FileInfo = fs.FileInfo
type FileMode = fs.FileMode
type DirEntry = fs.DirEntry

const (
	ModeDir  = fs.ModeDir
	ModePerm = fs.ModePerm
)

type File struct{}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string
func (f *File) Stat() (FileInfo, error)

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

var Args []string

type PathError = fs.PathError

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

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
func WriteFile(name string, data []byte, perm FileMode) error
func Open(name string) (*File, error)
func Create(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func Remove(name string) error
func MkdirAll(path string, perm FileMode) error
func Mkdir(name string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func ReadDir(name string) ([]DirEntry, error)
func Getwd() (dir string, err error)
func Chdir(dir string) error
func TempDir() string
func IsNotExist(err error) bool
func IsExist(err error) bool

const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

type Signal interface {
	String() string
	Signal()
}

var (
	Interrupt Signal
	Kill      Signal
)
