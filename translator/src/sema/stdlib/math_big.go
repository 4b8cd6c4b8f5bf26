package big

type Int struct{}

func NewInt(x int64) *Int
func (z *Int) Set(x *Int) *Int
func (z *Int) SetInt64(x int64) *Int
func (z *Int) SetUint64(x uint64) *Int
func (z *Int) SetString(s string, base int) (*Int, bool)
func (z *Int) Add(x, y *Int) *Int
func (z *Int) Sub(x, y *Int) *Int
func (z *Int) Mul(x, y *Int) *Int
func (z *Int) Quo(x, y *Int) *Int
func (z *Int) Rem(x, y *Int) *Int
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int)
func (z *Int) Div(x, y *Int) *Int
func (z *Int) Mod(x, y *Int) *Int
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int)
func (z *Int) Exp(x, y, m *Int) *Int
func (z *Int) Neg(x *Int) *Int
func (z *Int) Abs(x *Int) *Int
func (z *Int) Lsh(x *Int, n uint) *Int
func (z *Int) Rsh(x *Int, n uint) *Int
func (z *Int) Sqrt(x *Int) *Int
func (z *Int) GCD(x, y, a, b *Int) *Int
func (z *Int) MulRange(a, b int64) *Int
func (x *Int) Cmp(y *Int) int
func (x *Int) CmpAbs(y *Int) int
func (x *Int) Sign() int
func (x *Int) Int64() int64
func (x *Int) Uint64() uint64
func (x *Int) IsInt64() bool
func (x *Int) IsUint64() bool
func (x *Int) BitLen() int
func (x *Int) Bit(i int) uint
func (x *Int) ProbablyPrime(n int) bool
func (x *Int) Text(base int) string
func (x *Int) String() string
