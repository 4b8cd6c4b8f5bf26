package base64

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

type Encoding struct{}

var (
	StdEncoding    *Encoding
	URLEncoding    *Encoding
	RawStdEncoding *Encoding
	RawURLEncoding *Encoding
)

func NewEncoding(encoder string) *Encoding

func (enc *Encoding) WithPadding(padding rune) *Encoding
func (enc *Encoding) Strict() *Encoding
func (enc *Encoding) EncodedLen(n int) int
func (enc *Encoding) DecodedLen(n int) int
func (enc *Encoding) Encode(dst, src []byte)
func (enc *Encoding) Decode(dst, src []byte) (n int, err error)
func (enc *Encoding) AppendEncode(dst, src []byte) []byte
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error)
func (enc *Encoding) EncodeToString(src []byte) string
func (enc *Encoding) DecodeString(s string) ([]byte, error)
