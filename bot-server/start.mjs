// `npm start`: the Fastify server arrives with the bot-server issue. Until then this says so
// plainly and exits 0, so the two-command promise in the README stays honest.
console.log('The bot server is not built yet: the procedure catalog, engine and chat conversation layer are ready.');
console.log('Try: npm test · npm run procedures:check · npm run bench');
