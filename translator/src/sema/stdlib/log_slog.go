package slog

import (
	"context"
	"io"
	"log"
	"time"
)

const (
	TimeKey    = "time"
	LevelKey   = "level"
	MessageKey = "msg"
	SourceKey  = "source"
)

type Level int

const (
	LevelDebug Level = -4
	LevelInfo  Level = 0
	LevelWarn  Level = 4
	LevelError Level = 8
)

func (l Level) String() string
func (l Level) Level() Level

type Leveler interface {
	Level() Level
}

type LevelVar struct{}

func (v *LevelVar) Level() Level
func (v *LevelVar) Set(l Level)
func (v *LevelVar) String() string

type Kind int

const (
	KindAny Kind = iota
	KindBool
	KindDuration
	KindFloat64
	KindInt64
	KindString
	KindTime
	KindUint64
	KindGroup
	KindLogValuer
)

func (k Kind) String() string

type Value struct{}

func StringValue(value string) Value
func IntValue(v int) Value
func Int64Value(v int64) Value
func Uint64Value(v uint64) Value
func Float64Value(v float64) Value
func BoolValue(v bool) Value
func TimeValue(v time.Time) Value
func DurationValue(v time.Duration) Value
func GroupValue(as ...Attr) Value
func AnyValue(v any) Value
func (v Value) Kind() Kind
func (v Value) Any() any
func (v Value) String() string
func (v Value) Int64() int64
func (v Value) Uint64() uint64
func (v Value) Bool() bool
func (v Value) Duration() time.Duration
func (v Value) Float64() float64
func (v Value) Time() time.Time
func (v Value) Group() []Attr
func (v Value) Equal(w Value) bool
func (v Value) Resolve() Value

type LogValuer interface {
	LogValue() Value
}

type Attr struct {
	Key   string
	Value Value
}

func String(key, value string) Attr
func Int64(key string, value int64) Attr
func Int(key string, value int) Attr
func Uint64(key string, v uint64) Attr
func Float64(key string, v float64) Attr
func Bool(key string, v bool) Attr
func Time(key string, v time.Time) Attr
func Duration(key string, v time.Duration) Attr
func Group(key string, args ...any) Attr
func GroupAttrs(key string, attrs ...Attr) Attr
func Any(key string, value any) Attr
func (a Attr) Equal(b Attr) bool
func (a Attr) String() string

type Record struct {
	Time    time.Time
	Message string
	Level   Level
	PC      uintptr
}

func NewRecord(t time.Time, level Level, msg string, pc uintptr) Record
func (r Record) Clone() Record
func (r Record) NumAttrs() int
func (r Record) Attrs(f func(Attr) bool)
func (r *Record) AddAttrs(attrs ...Attr)
func (r *Record) Add(args ...any)

type Source struct {
	Function string
	File     string
	Line     int
}

type Handler interface {
	Enabled(context.Context, Level) bool
	Handle(context.Context, Record) error
	WithAttrs(attrs []Attr) Handler
	WithGroup(name string) Handler
}

var DiscardHandler Handler

type HandlerOptions struct {
	AddSource   bool
	Level       Leveler
	ReplaceAttr func(groups []string, a Attr) Attr
}

type TextHandler struct{}

func NewTextHandler(w io.Writer, opts *HandlerOptions) *TextHandler
func (h *TextHandler) Enabled(ctx context.Context, level Level) bool
func (h *TextHandler) Handle(ctx context.Context, r Record) error
func (h *TextHandler) WithAttrs(attrs []Attr) Handler
func (h *TextHandler) WithGroup(name string) Handler

type JSONHandler struct{}

func NewJSONHandler(w io.Writer, opts *HandlerOptions) *JSONHandler
func (h *JSONHandler) Enabled(ctx context.Context, level Level) bool
func (h *JSONHandler) Handle(ctx context.Context, r Record) error
func (h *JSONHandler) WithAttrs(attrs []Attr) Handler
func (h *JSONHandler) WithGroup(name string) Handler

type Logger struct{}

func New(h Handler) *Logger
func Default() *Logger
func SetDefault(l *Logger)
func SetLogLoggerLevel(level Level) (oldLevel Level)
func NewLogLogger(h Handler, level Level) *log.Logger
func With(args ...any) *Logger
func (l *Logger) Handler() Handler
func (l *Logger) With(args ...any) *Logger
func (l *Logger) WithGroup(name string) *Logger
func (l *Logger) Enabled(ctx context.Context, level Level) bool
func (l *Logger) Log(ctx context.Context, level Level, msg string, args ...any)
func (l *Logger) LogAttrs(ctx context.Context, level Level, msg string, attrs ...Attr)
func (l *Logger) Debug(msg string, args ...any)
func (l *Logger) DebugContext(ctx context.Context, msg string, args ...any)
func (l *Logger) Info(msg string, args ...any)
func (l *Logger) InfoContext(ctx context.Context, msg string, args ...any)
func (l *Logger) Warn(msg string, args ...any)
func (l *Logger) WarnContext(ctx context.Context, msg string, args ...any)
func (l *Logger) Error(msg string, args ...any)
func (l *Logger) ErrorContext(ctx context.Context, msg string, args ...any)

func Debug(msg string, args ...any)
func DebugContext(ctx context.Context, msg string, args ...any)
func Info(msg string, args ...any)
func InfoContext(ctx context.Context, msg string, args ...any)
func Warn(msg string, args ...any)
func WarnContext(ctx context.Context, msg string, args ...any)
func Error(msg string, args ...any)
func ErrorContext(ctx context.Context, msg string, args ...any)
func Log(ctx context.Context, level Level, msg string, args ...any)
func LogAttrs(ctx context.Context, level Level, msg string, attrs ...Attr)
