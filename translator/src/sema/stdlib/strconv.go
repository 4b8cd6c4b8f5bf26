package strconv

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

var ErrRange error
var ErrSyntax error

const IntSize = 64

func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func Atoi(s string) (int, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteToASCII(s string) string
func Unquote(s string) (string, error)

func QuoteRuneToASCII(r rune) string
func AppendBool(dst []byte, b bool) []byte
