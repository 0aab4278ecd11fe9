"""Printed notices: ReportLab builders that take plain data and return PDF bytes. No Qt, no Session."""
