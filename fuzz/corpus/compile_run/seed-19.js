/(?<year>\d{4})-(?<m>\d\d)/u.exec("2024-05").groups.year; "aXbX".replace(/x/gi, (m) => m.toLowerCase());
