(function () { "use strict"; return this; })(); (() => new.target)?.(); a?.b?.[c]?.(d);
