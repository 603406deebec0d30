// Reads Atom feeds with @rowanmanning/feed-parser, a widely used feed parser, and prints what it understood
// as JSON: node read-feeds.mjs FILE... → [{ file, title, self, url, updated, items: [...] }]
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';

const feeds = process.argv.slice(2).map((file) => {
  const feed = parseFeed(readFileSync(file, 'utf8'));
  return {
    file,
    format: feed.meta.type,
    version: feed.meta.version,
    title: feed.title,
    self: feed.self,
    url: feed.url,
    language: feed.language,
    updated: feed.updated?.toISOString() ?? null,
    authors: feed.authors.map((author) => author.name),
    items: feed.items.map((item) => ({
      id: item.id,
      title: item.title,
      url: item.url,
      updated: item.updated?.toISOString() ?? null,
      published: item.published?.toISOString() ?? null,
      description: item.description,
      content: item.content,
    })),
  };
});
process.stdout.write(JSON.stringify(feeds));
