package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
func SimpleFold(r rune) rune

type RangeTable struct{}

func Is(rangeTab *RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsOneOf(ranges []*RangeTable, r rune) bool

var (
	Letter, L       *RangeTable
	Upper, Lu       *RangeTable
	Lower, Ll       *RangeTable
	Title, Lt       *RangeTable
	Lm, Lo          *RangeTable
	Mark, M         *RangeTable
	Mn, Mc, Me      *RangeTable
	Digit, Nd       *RangeTable
	Number, N       *RangeTable
	Nl, No          *RangeTable
	Punct, P        *RangeTable
	Pc, Pd, Ps, Pe  *RangeTable
	Pi, Pf, Po      *RangeTable
	Symbol, S       *RangeTable
	Sm, Sc, Sk, So  *RangeTable
	Space, Z, Zs    *RangeTable
	Cc              *RangeTable
	White_Space     *RangeTable
	Latin, Greek    *RangeTable
	Cyrillic, Han   *RangeTable
	Hiragana        *RangeTable
	Katakana        *RangeTable
	Hangul, Arabic  *RangeTable
	Hebrew, Thai    *RangeTable
	Devanagari      *RangeTable
	Armenian        *RangeTable
	Georgian        *RangeTable
	Common          *RangeTable
	Inherited       *RangeTable
)
