-- documents: metadata of stored files. The bytes live outside the database, in the directory
-- motcua.documents.root (later possibly an S3-compatible bucket), under the row's id; back the two
-- up together (docs/operations.md, "Files").
create table stored_file (
    id            varchar(36)  not null primary key,   -- random UUID, also the key of the bytes
    original_name varchar(255) not null,               -- as the uploader named it, path stripped
    content_type  varchar(100) not null,               -- detected from the content, never the client's
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,               -- lower-case hex, computed while receiving
    stored_at     timestamp with time zone not null,
    attached_at   timestamp with time zone             -- null: nothing refers to it yet (may be swept)
);
-- The orphan sweep looks for files never attached, oldest first.
create index ix_stored_file_orphans on stored_file (attached_at, stored_at);
-- Lets an administrator (or a later deduplication) find every copy of the same content.
create index ix_stored_file_sha256 on stored_file (sha256);
