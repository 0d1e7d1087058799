package org.kinopanorama.ingest.dataset;

/** A database of its own without the seed lists, for the real datasets first and the seed lists after. */
public class RealDatasetsFirstProfile extends DatasetsFirstProfile {
}
