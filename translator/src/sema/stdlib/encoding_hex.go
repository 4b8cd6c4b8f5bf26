package hex

var ErrLength error

func EncodedLen(n int) int
func DecodedLen(x int) int
func Encode(dst, src []byte) int
func Decode(dst, src []byte) (int, error)
func AppendEncode(dst, src []byte) []byte
func AppendDecode(dst, src []byte) ([]byte, error)
func EncodeToString(src []byte) string
func DecodeString(s string) ([]byte, error)
func Dump(data []byte) string
