/** The attribution line to show under the map, as the licences of its geometry ask. */
export const GEOMETRY_CREDIT = '© IGN/CNIG (CC BY 4.0), Natural Earth';
