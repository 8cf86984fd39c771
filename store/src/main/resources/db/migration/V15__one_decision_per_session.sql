-- One decision per session unless it supersedes another: the first decision of a session names no
-- predecessor (''), each later one the decision it replaces, and no two name the same one. A double
-- click on "Record decision" therefore records one decision, whichever request comes first.
ALTER TABLE decision_record ADD COLUMN supersedes VARCHAR(32) NOT NULL DEFAULT '';

-- Sessions that recorded a decision twice before this rule keep every record; each later one names
-- itself as placeholder predecessor, so the rule holds from now on without losing anything.
UPDATE decision_record SET supersedes = id
WHERE EXISTS (
  SELECT 1 FROM decision_record earlier
  WHERE earlier.session_id = decision_record.session_id
    AND (earlier.created_at_ms < decision_record.created_at_ms
         OR (earlier.created_at_ms = decision_record.created_at_ms AND earlier.id < decision_record.id)));

CREATE UNIQUE INDEX decision_record_predecessor ON decision_record (session_id, supersedes);
