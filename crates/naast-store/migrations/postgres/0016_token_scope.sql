-- API tokens have a scope: 'read' (GET and HEAD only) or 'write'. Tokens made before keep
-- working as they did ('write'); new ones from the page and the API expire (90 days by default).
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
