"\ud800".isWellFormed(); "abc".at(-1).padStart(5, "xy").toUpperCase().normalize("NFD");
