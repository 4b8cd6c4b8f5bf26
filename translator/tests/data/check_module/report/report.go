package report

import (
	"fmt"

	"example.com/tree/calc"
)

func Line(a, b float64) string {
	return fmt.Sprintf("%.1f", calc.Norm(a, b))
}
