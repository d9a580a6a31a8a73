// placeholder so sub/ exists
