const x = 010;
