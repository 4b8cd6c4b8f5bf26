package bytes

import "iter"

type Buffer struct{}

func NewBufferString(s string) *Buffer
func NewBuffer(buf []byte) *Buffer
func (b *Buffer) Bytes() []byte
func (b *Buffer) String() string
func (b *Buffer) Len() int
func (b *Buffer) Cap() int
func (b *Buffer) Reset()
func (b *Buffer) Truncate(n int)
func (b *Buffer) Grow(n int)
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) Read(p []byte) (n int, err error)
func (b *Buffer) ReadByte() (byte, error)
func (b *Buffer) ReadString(delim byte) (line string, err error)

func Clone(b []byte) []byte
func Compare(a, b []byte) int
func Contains(b, subslice []byte) bool
func ContainsRune(b []byte, r rune) bool
func Count(s, sep []byte) int
func Equal(a, b []byte) bool
func EqualFold(s, t []byte) bool
func Fields(s []byte) [][]byte
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Index(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func IndexFunc(s []byte, f func(r rune) bool) int
func IndexRune(s []byte, r rune) int
func Join(s [][]byte, sep []byte) []byte
func LastIndex(s, sep []byte) int
func Repeat(b []byte, count int) []byte
func ReplaceAll(s, old, new []byte) []byte
func Split(s, sep []byte) [][]byte
func ToLower(s []byte) []byte
func ToUpper(s []byte) []byte
func Trim(s []byte, cutset string) []byte
func TrimSpace(s []byte) []byte

func (b *Buffer) Next(n int) []byte

func SplitN(s, sep []byte, n int) [][]byte
func Cut(s, sep []byte) (before, after []byte, found bool)
func CutPrefix(s, prefix []byte) (after []byte, found bool)
func CutSuffix(s, suffix []byte) (before []byte, found bool)
func TrimPrefix(s, prefix []byte) []byte
func TrimSuffix(s, suffix []byte) []byte
func TrimLeft(s []byte, cutset string) []byte
func TrimRight(s []byte, cutset string) []byte
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte
func TrimRightFunc(s []byte, f func(r rune) bool) []byte
func TrimFunc(s []byte, f func(r rune) bool) []byte
func LastIndexByte(s []byte, c byte) int
func IndexAny(s []byte, chars string) int
func LastIndexAny(s []byte, chars string) int
func LastIndexFunc(s []byte, f func(r rune) bool) int
func ContainsAny(b []byte, chars string) bool
func ContainsFunc(b []byte, f func(rune) bool) bool
func Runes(s []byte) []rune
func SplitAfter(s, sep []byte) [][]byte
func SplitAfterN(s, sep []byte, n int) [][]byte
func FieldsFunc(s []byte, f func(rune) bool) [][]byte
func SplitSeq(s, sep []byte) iter.Seq[[]byte]
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte]
func FieldsSeq(s []byte) iter.Seq[[]byte]
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte]
func Lines(s []byte) iter.Seq[[]byte]

const MinRead = 512

type Reader struct{}

func NewReader(b []byte) *Reader
func (r *Reader) Len() int
func (r *Reader) Size() int64
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) UnreadByte() error
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) UnreadRune() error
func (r *Reader) Reset(b []byte)
