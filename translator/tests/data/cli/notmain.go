package lib

func F() int { return 1 }
