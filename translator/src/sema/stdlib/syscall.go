package syscall

// Signal's values are variables here, not Go's constants: the emitter folds a std constant
// to a literal of its underlying type, and the runtime's Signal is a newtype.
type Signal int

func (s Signal) String() string
func (s Signal) Signal()

var (
	SIGHUP  Signal
	SIGINT  Signal
	SIGQUIT Signal
	SIGKILL Signal
	SIGUSR1 Signal
	SIGUSR2 Signal
	SIGPIPE Signal
	SIGALRM Signal
	SIGTERM Signal
	SIGCHLD Signal
)

func Kill(pid int, sig Signal) (err error)
func Getpid() (pid int)
