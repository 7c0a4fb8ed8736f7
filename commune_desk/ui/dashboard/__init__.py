"""The leader's dashboard: indicators and painted charts from the projection."""
