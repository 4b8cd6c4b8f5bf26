go!(handlers[k](req))
