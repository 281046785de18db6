-- A full segment pass writes hundreds of thousands of members and as many change rows in one statement; the
-- foreign keys to segment ran one referential check per row (a query and a row lock on the segment: 13 µs per
-- row under load, 40 % of a first pass in psql). Segments are never deleted, and members and changes are only
-- written by a pass that holds the segment's row (created in its transaction or locked FOR UPDATE) or by the
-- evaluation on arrival, which reads the segment ids from the segment table: no row can name a missing segment.
ALTER TABLE segment_member DROP CONSTRAINT segment_member_segment_id_fkey;
ALTER TABLE segment_membership_change DROP CONSTRAINT segment_membership_change_segment_id_fkey;
