// The baseline for throughput: a bare Node `http` server answering saved page bytes from memory, run as its own process.
import http from 'node:http'
import {readFileSync} from 'node:fs'

const [, , pagesFile, port] = process.argv
/** {"/path": {"contentType": "...", "contentEncoding": "gzip" or absent, "base64": "..."}} written by the throughput benchmark. */
const pages = new Map(
  Object.entries(JSON.parse(readFileSync(pagesFile, 'utf8'))).map(([address, page]) => [
    address,
    {headers: {'content-type': page.contentType, ...(page.contentEncoding ? {'content-encoding': page.contentEncoding} : {})}, body: Buffer.from(page.base64, 'base64')},
  ]),
)

http
  .createServer((request, response) => {
    const page = pages.get(request.url ?? '/')
    if (!page) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
      return
    }
    response.writeHead(200, {...page.headers, 'content-length': page.body.length}).end(page.body)
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
