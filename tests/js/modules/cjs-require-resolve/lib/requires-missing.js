require('./missing-dep');
