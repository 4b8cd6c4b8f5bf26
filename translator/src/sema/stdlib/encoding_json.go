package json

import "io"

func Marshal(v any) ([]byte, error)
func MarshalIndent(v any, prefix, indent string) ([]byte, error)
func Valid(data []byte) bool
func Unmarshal(data []byte, v any) error

type Encoder struct{}

func NewEncoder(w io.Writer) *Encoder
func (enc *Encoder) Encode(v any) error
func (enc *Encoder) SetIndent(prefix, indent string)
func (enc *Encoder) SetEscapeHTML(on bool)

type Decoder struct{}

func NewDecoder(r io.Reader) *Decoder
func (dec *Decoder) Decode(v any) error
func (dec *Decoder) More() bool
func (dec *Decoder) DisallowUnknownFields()

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error)
func (m RawMessage) String() string
