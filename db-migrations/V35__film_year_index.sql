-- For you reads the popular films of the years a person saved lately (foryou.StoredNeighbours.sameYearEvidence):
-- the films of a few years by index, and the catalogue's highest popularity without a scan.
CREATE INDEX film_year_idx ON film (year);
CREATE INDEX film_browse_popularity_idx ON film_browse (popularity DESC);
