// A tiny HTTP server standing in for a Node.js proof of concept: no dependencies, starts in well
// under a second. PORT sets the port.
const http = require("node:http");

const port = Number(process.env.PORT || 18081);

const server = http.createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, { "Content-Type": "text/plain" }).end("ok\n");
  } else if (req.url === "/hello" && req.method === "GET") {
    res.writeHead(200, { "Content-Type": "text/plain" }).end("hello from node\n");
  } else if (req.url === "/echo" && req.method === "POST") {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": "application/json" }).end(Buffer.concat(chunks));
    });
  } else {
    res.writeHead(404).end();
  }
});

// Exit promptly on the lab's stop signal, closing idle keep-alive connections.
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

server.keepAliveTimeout = 30000;
server.listen(port, "127.0.0.1", () => console.log(`node-server listening on ${port}`));
