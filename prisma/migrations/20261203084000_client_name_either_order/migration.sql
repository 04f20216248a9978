-- Full-name search in either order (DESIGN.md: `?q=` finds "Sofia Hill" as well as parts of
-- either name; "Hill Sofia" finds her too). A second trigram index on last + first lets the
-- two ILIKEs run as one bitmap OR. Same signature, so the EXECUTE grants of access_wall stay.
CREATE INDEX "Client_fullNameReversed_trgm_idx" ON "Client" USING GIN (("lastName" || ' ' || "firstName") gin_trgm_ops);

CREATE OR REPLACE FUNCTION app_client_search(p_pattern text, p_clinician text, p_status text, p_location text, p_cursor text, p_take int)
RETURNS TABLE (id text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH m AS MATERIALIZED (
    SELECT c.id, c."lastName", c."firstName" FROM "Client" c
     WHERE c."practiceId" = current_setting('app.practice_id', true)
       AND ((c."firstName" || ' ' || c."lastName") ILIKE p_pattern OR (c."lastName" || ' ' || c."firstName") ILIKE p_pattern)
       AND (p_clinician IS NULL OR c."assignedClinicianId" = p_clinician)
       AND (p_status IS NULL OR c.status::text = p_status)
       AND (p_location IS NULL OR c."locationId" = p_location)
  )
  SELECT m.id FROM m
   WHERE p_cursor IS NULL OR (m."lastName", m."firstName", m.id) > (
     SELECT k."lastName", k."firstName", k.id FROM "Client" k WHERE k.id = p_cursor AND k."practiceId" = current_setting('app.practice_id', true))
   ORDER BY m."lastName", m."firstName", m.id
   LIMIT p_take;
$$;
