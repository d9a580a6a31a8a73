Array.from({ length: 3 }, (_, i) => i * 2).sort((p, q) => q - p).map(String).join("-").split("-");
