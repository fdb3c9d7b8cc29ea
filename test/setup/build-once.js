// The e2e tier starts the built sandbox, as `npm start` does; build it first if anything changed.
'use strict';
const { ensureBuilt } = require('../../tools/build');

module.exports = async () => {
  ensureBuilt({ quiet: true });
};
