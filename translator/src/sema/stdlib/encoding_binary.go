package binary

const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

type bigEndian struct{}
type littleEndian struct{}
type nativeEndian struct{}

var BigEndian bigEndian
var LittleEndian littleEndian
var NativeEndian nativeEndian

func (bigEndian) Uint16(b []byte) uint16
func (bigEndian) Uint32(b []byte) uint32
func (bigEndian) Uint64(b []byte) uint64
func (bigEndian) PutUint16(b []byte, v uint16)
func (bigEndian) PutUint32(b []byte, v uint32)
func (bigEndian) PutUint64(b []byte, v uint64)
func (bigEndian) AppendUint16(b []byte, v uint16) []byte
func (bigEndian) AppendUint32(b []byte, v uint32) []byte
func (bigEndian) AppendUint64(b []byte, v uint64) []byte
func (bigEndian) String() string

func (littleEndian) Uint16(b []byte) uint16
func (littleEndian) Uint32(b []byte) uint32
func (littleEndian) Uint64(b []byte) uint64
func (littleEndian) PutUint16(b []byte, v uint16)
func (littleEndian) PutUint32(b []byte, v uint32)
func (littleEndian) PutUint64(b []byte, v uint64)
func (littleEndian) AppendUint16(b []byte, v uint16) []byte
func (littleEndian) AppendUint32(b []byte, v uint32) []byte
func (littleEndian) AppendUint64(b []byte, v uint64) []byte
func (littleEndian) String() string

func (nativeEndian) Uint16(b []byte) uint16
func (nativeEndian) Uint32(b []byte) uint32
func (nativeEndian) Uint64(b []byte) uint64
func (nativeEndian) PutUint16(b []byte, v uint16)
func (nativeEndian) PutUint32(b []byte, v uint32)
func (nativeEndian) PutUint64(b []byte, v uint64)
func (nativeEndian) AppendUint16(b []byte, v uint16) []byte
func (nativeEndian) AppendUint32(b []byte, v uint32) []byte
func (nativeEndian) AppendUint64(b []byte, v uint64) []byte
func (nativeEndian) String() string

func AppendUvarint(buf []byte, x uint64) []byte
func PutUvarint(buf []byte, x uint64) int
func Uvarint(buf []byte) (uint64, int)
func AppendVarint(buf []byte, x int64) []byte
func PutVarint(buf []byte, x int64) int
func Varint(buf []byte) (int64, int)
