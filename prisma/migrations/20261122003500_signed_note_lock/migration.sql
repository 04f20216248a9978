-- A signed session note is locked by the database itself, so that no code path (a bug, a
-- script, a direct SQL session) can change it: corrections are addenda. Signing itself
-- (DRAFT -> SIGNED) is an ordinary UPDATE of a draft and stays allowed.

-- SessionNote: a signed note refuses every UPDATE (its content, its status, its version);
-- no note is ever deleted (clinical rows are never hard-deleted).
CREATE OR REPLACE FUNCTION session_note_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'session notes are never deleted (note %)', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.status = 'SIGNED' THEN
    RAISE EXCEPTION 'session note % is signed and cannot be changed; add an addendum instead', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER session_note_lock
  BEFORE UPDATE OR DELETE ON "SessionNote"
  FOR EACH ROW EXECUTE FUNCTION session_note_lock();

-- NoteEnemy: the tags of a signed note are part of its content. A row may still be inserted
-- for a note that was written (inserted or signed) by the current transaction, so that a note
-- and its tags can be stored together (the demo seed inserts signed notes with their tags);
-- a signed note from an earlier transaction can never have been rewritten by this one, since
-- every UPDATE of it is refused above.
CREATE OR REPLACE FUNCTION note_enemy_lock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  note_id text;
  locked boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    note_id := NEW."noteId";
    SELECT n.status = 'SIGNED' AND n.xmin <> pg_current_xact_id()::xid INTO locked
      FROM "SessionNote" n WHERE n.id = note_id;
  ELSE
    note_id := OLD."noteId";
    SELECT n.status = 'SIGNED' INTO locked FROM "SessionNote" n WHERE n.id = note_id;
    IF TG_OP = 'UPDATE' AND NEW."noteId" IS DISTINCT FROM OLD."noteId" AND NOT coalesce(locked, false) THEN
      SELECT n.status = 'SIGNED' INTO locked FROM "SessionNote" n WHERE n.id = NEW."noteId";
    END IF;
  END IF;
  IF coalesce(locked, false) THEN
    RAISE EXCEPTION 'session note % is signed: its enemies cannot be changed', note_id USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER note_enemy_lock
  BEFORE INSERT OR UPDATE OR DELETE ON "NoteEnemy"
  FOR EACH ROW EXECUTE FUNCTION note_enemy_lock();

-- NoteAddendum: each addendum is itself signed: never edited, never deleted.
CREATE OR REPLACE FUNCTION note_addendum_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'addenda are signed and cannot be changed or deleted (addendum %)', OLD.id
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER note_addendum_lock
  BEFORE UPDATE OR DELETE ON "NoteAddendum"
  FOR EACH ROW EXECUTE FUNCTION note_addendum_lock();
