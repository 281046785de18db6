-- A purchase's programme is its member's programme, checked by one foreign key on (member_id, program_id)
-- instead of one to the member and one to the programme. The programme key locked the programme's row
-- (FOR KEY SHARE) in every purchase; concurrent purchases of one programme then share that lock through a
-- new MultiXact each time (about two WAL records per purchase, and MultiXact space to freeze later). The
-- member's row is locked by the purchase already, and this key also refuses a purchase filed under a
-- programme that is not its member's.

ALTER TABLE member ADD CONSTRAINT member_id_in_program UNIQUE (id, program_id);
ALTER TABLE purchase DROP CONSTRAINT purchase_program_id_fkey;
ALTER TABLE purchase DROP CONSTRAINT purchase_member_id_fkey;
ALTER TABLE purchase ADD CONSTRAINT purchase_member_in_program
    FOREIGN KEY (member_id, program_id) REFERENCES member (id, program_id);
