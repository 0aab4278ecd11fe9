"""Field names and rules of the 十有 register (English source text, translated in context "core")."""

from __future__ import annotations

from villagedesk.core.i18n import QT_TRANSLATE_NOOP

REG = QT_TRANSLATE_NOOP("core", "Ten services")

F_CODE = QT_TRANSLATE_NOOP("core", "Service code")
F_NAME = QT_TRANSLATE_NOOP("core", "Service name")
F_LOCATION = QT_TRANSLATE_NOOP("core", "Room or location")
F_PHONE = QT_TRANSLATE_NOOP("core", "Contact phone")
F_PARTNER = QT_TRANSLATE_NOOP("core", "Partner organisation")
F_RESPONSIBLE = QT_TRANSLATE_NOOP("core", "Responsible person")
F_HOURS = QT_TRANSLATE_NOOP("core", "Opening hours")
F_CHECKED = QT_TRANSLATE_NOOP("core", "Date last checked")
F_SERVICE = QT_TRANSLATE_NOOP("core", "Service")
F_CLOSURE = QT_TRANSLATE_NOOP("core", "Closure")
F_START = QT_TRANSLATE_NOOP("core", "From")
F_END = QT_TRANSLATE_NOOP("core", "Until")
F_NOTE = QT_TRANSLATE_NOOP("core", "Note")
F_EQUIPMENT = QT_TRANSLATE_NOOP("core", "Equipment")
F_QUANTITY = QT_TRANSLATE_NOOP("core", "Quantity")
F_PURCHASED = QT_TRANSLATE_NOOP("core", "Purchased on")
F_EXPIRES = QT_TRANSLATE_NOOP("core", "Expires on")
F_CHANGE = QT_TRANSLATE_NOOP("core", "Stock change")
F_DATE = QT_TRANSLATE_NOOP("core", "Date")
F_PEOPLE = QT_TRANSLATE_NOOP("core", "People served")
F_RESIDENT = QT_TRANSLATE_NOOP("core", "Resident")
F_OUTCOME = QT_TRANSLATE_NOOP("core", "Outcome")
F_REASON = QT_TRANSLATE_NOOP("core", "Reason")
F_ENTRY = QT_TRANSLATE_NOOP("core", "Usage entry")
F_INSPECTOR = QT_TRANSLATE_NOOP("core", "Inspector")
F_FINDINGS = QT_TRANSLATE_NOOP("core", "Findings")
F_PHOTO = QT_TRANSLATE_NOOP("core", "Photo")
F_CATALOGUE = QT_TRANSLATE_NOOP("core", "Service catalogue")
F_HOLIDAYS = QT_TRANSLATE_NOOP("core", "Public holidays")
F_CATALOGUE_ROW = QT_TRANSLATE_NOOP("core", "Service catalogue, row {row}, {column}")
F_HOLIDAY_ROW = QT_TRANSLATE_NOOP("core", "Public holidays, row {row}, {column}")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_CODE_TAKEN = QT_TRANSLATE_NOOP("core", "{code} is already used by another service")
R_CODE_FORM = QT_TRANSLATE_NOOP(
    "core",
    "{code} is not a valid code (letters, digits and '-', at most 20; the village's own start with V-)",
)
R_HOURS = QT_TRANSLATE_NOOP("core", '{day}: "{text}" is not a time range such as 08:30-11:30')
R_HOURS_ORDER = QT_TRANSLATE_NOOP("core", "{day}: {text} ends before it starts or overlaps another range")
R_FUTURE = QT_TRANSLATE_NOOP("core", "{day} is in the future")
R_END_BEFORE = QT_TRANSLATE_NOOP("core", "{end} is before the first day {start}")
R_OVERLAP = QT_TRANSLATE_NOOP(
    "core", '{start} to {end} overlaps the closure "{other}" ({other_start} to {other_end}) already entered'
)
R_EXPIRY_BEFORE = QT_TRANSLATE_NOOP("core", "{expires} is before the purchase date {purchased}")
R_QUANTITY = QT_TRANSLATE_NOOP("core", "must be a whole number from 0 to {max}, got {value}")
R_BELOW_ZERO = QT_TRANSLATE_NOOP("core", "using {used} would leave {name} below zero: only {left} in stock")
R_ZERO_CHANGE = QT_TRANSLATE_NOOP("core", "must not be zero")
R_PEOPLE = QT_TRANSLATE_NOOP(
    "core",
    "must be a whole number from 1 to {max} (a larger gathering is entered over several lines), got {value}",
)
R_RETIRED = QT_TRANSLATE_NOOP("core", "{name} was retired on {retired}; a usage on {day} cannot be entered")
R_RETIRED_ITEM = QT_TRANSLATE_NOOP("core", "{name} was retired on {retired}")
R_ALREADY_CORRECTED = QT_TRANSLATE_NOOP("core", "this entry was already corrected on {day}")
R_IS_REVERSAL = QT_TRANSLATE_NOOP("core", "a correction cannot itself be corrected; enter a new line")
R_NOT_FOUND = QT_TRANSLATE_NOOP("core", "no such record")
R_TOO_LONG = QT_TRANSLATE_NOOP("core", "must be at most {max} characters")
R_NO_FINDINGS = QT_TRANSLATE_NOOP("core", "record the state of at least one service")
R_PHOTO_KIND = QT_TRANSLATE_NOOP("core", "{name} must be a JPEG or PNG photo")
R_PHOTO_SIZE = QT_TRANSLATE_NOOP("core", "{name} is larger than 20 MB")
R_PHOTO_READ = QT_TRANSLATE_NOOP("core", "{name} cannot be read")
R_CATALOGUE = QT_TRANSLATE_NOOP("core", "row {row}: {problem}")
R_CATALOGUE_COLUMNS = QT_TRANSLATE_NOOP("core", "the first row must name the columns 编码 and 名称")
R_CATALOGUE_EMPTY = QT_TRANSLATE_NOOP("core", "lists no services")
R_DUPLICATE_CODE = QT_TRANSLATE_NOOP("core", "code {code} appears twice")
R_DATE_FORM = QT_TRANSLATE_NOOP("core", "“{value}” is not a date (write it as 2027-01-01)")
R_TOWNSHIP_HOLIDAY = QT_TRANSLATE_NOOP(
    "core", "{note} was set by the township with its catalogue; only the township can withdraw it"
)
R_HOLIDAY_COLUMNS = QT_TRANSLATE_NOOP(
    "core", "the holidays sheet's first row must name the columns 开始日期, 结束日期 and 名称"
)

D_UNAVAILABLE = QT_TRANSLATE_NOOP("core", "{name} is not available (since the check on {day})")
D_NOT_CHECKED = QT_TRANSLATE_NOOP("core", "{name} has not been checked for {days} days")
D_NEVER_CHECKED = QT_TRANSLATE_NOOP("core", "{name} has never been checked")
D_EXPIRING = QT_TRANSLATE_NOOP("core", "{equipment} ({name}, {quantity} left) expires on {day}")
D_EXPIRED = QT_TRANSLATE_NOOP("core", "{equipment} ({name}, {quantity} left) expired on {day}")

STATE_LABELS = {
    "AVAILABLE": QT_TRANSLATE_NOOP("core", "available"),
    "PARTLY": QT_TRANSLATE_NOOP("core", "partly available"),
    "UNAVAILABLE": QT_TRANSLATE_NOOP("core", "not available"),
}
CLOSURE_LABELS = {
    "HOLIDAY": QT_TRANSLATE_NOOP("core", "holiday"),
    "CLOSURE": QT_TRANSLATE_NOOP("core", "closure"),
}
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
