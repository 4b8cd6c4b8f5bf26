package runtime

type Error interface {
	error
	RuntimeError()
}

type PanicNilError struct{}

func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

const GOOS = "linux"
const GOARCH = "amd64"

func Gosched()
func Goexit()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func GC()
func Version() string
