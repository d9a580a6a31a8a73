const x = {;
