"""The centre profile form, shared by the first-run wizard and the settings page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from villagedesk.core import centre as core_centre
from villagedesk.core.centre import CentreData
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import PartyOrgKind
from villagedesk.i18n import tr_core


class CentreForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.village = QLineEdit()
        self.village.setPlaceholderText(self.tr("e.g. Xinqiao Village"))
        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("12 digits, e.g. 320902104203"))
        self.code_info = QLabel()
        self.township = QLineEdit()
        self.county = QLineEdit()
        self.org_kind = QComboBox()
        for kind, label in (
            (PartyOrgKind.BRANCH, self.tr("Branch committee (支部)")),
            (PartyOrgKind.GENERAL_BRANCH, self.tr("General branch (总支)")),
            (PartyOrgKind.COMMITTEE, self.tr("Party committee (党委)")),
        ):
            self.org_kind.addItem(label, kind)
        self.org_name = QLineEdit()
        self.committee = QLineEdit()
        self.objection_phone = QLineEdit()
        self.supervision_phone = QLineEdit()
        self.township_phone = QLineEdit()
        self.one_shoulder = QCheckBox(self.tr("The Party secretary is also the committee chair (一肩挑)"))
        self.posting_day = QSpinBox()
        self.posting_day.setRange(1, 28)
        self.posting_day.setValue(20)
        self.errors = QLabel()
        self.errors.setStyleSheet("color: #b00020")
        self.errors.setWordWrap(True)

        layout.addRow(self.tr("&Village name"), self.village)
        layout.addRow(self.tr("Division &code"), self.code)
        layout.addRow("", self.code_info)
        layout.addRow(self.tr("&Township"), self.township)
        layout.addRow(self.tr("C&ounty"), self.county)
        layout.addRow(self.tr("Party organisation t&ype"), self.org_kind)
        layout.addRow(self.tr("&Party organisation name"), self.org_name)
        layout.addRow(self.tr("Villagers' co&mmittee name"), self.committee)
        layout.addRow(self.tr("Ob&jection phone"), self.objection_phone)
        layout.addRow(self.tr("&Supervision committee phone"), self.supervision_phone)
        layout.addRow(self.tr("Township p&hone"), self.township_phone)
        layout.addRow("", self.one_shoulder)
        layout.addRow(self.tr("Notices posted on &day"), self.posting_day)
        layout.addRow(self.errors)

        self._by_field = {
            core_centre.F_VILLAGE: self.village,
            core_centre.F_CODE: self.code,
            core_centre.F_TOWNSHIP: self.township,
            core_centre.F_COUNTY: self.county,
            core_centre.F_PARTY_ORG: self.org_name,
            core_centre.F_COMMITTEE: self.committee,
            core_centre.F_OBJECTION_PHONE: self.objection_phone,
            core_centre.F_SUPERVISION_PHONE: self.supervision_phone,
            core_centre.F_TOWNSHIP_PHONE: self.township_phone,
            core_centre.F_POSTING_DAY: self.posting_day,
        }
        self.code.textChanged.connect(self._show_code_parts)
        self.village.textChanged.connect(self._suggest_names)
        self.org_kind.currentIndexChanged.connect(self._suggest_names)
        self._show_code_parts()

    def _show_code_parts(self) -> None:
        code = self.code.text().strip()
        if len(code) == 12 and code.isdigit():
            self.code_info.setText(
                self.tr("Township code %1 · county code %2").replace("%1", code[:9]).replace("%2", code[:6])
            )
        else:
            self.code_info.setText(self.tr("%1 of 12 digits").replace("%1", str(len(code))))

    def _suggest_names(self) -> None:
        village = self.village.text().strip()
        kind: PartyOrgKind = self.org_kind.currentData()
        self.org_name.setPlaceholderText(f"中共{village}{kind.value}" if village else "")
        self.committee.setPlaceholderText(f"{village}村民委员会" if village else "")

    def data(self) -> CentreData:
        return CentreData(
            village_name=self.village.text(),
            division_code=self.code.text(),
            township_name=self.township.text(),
            county_name=self.county.text(),
            party_org_kind=self.org_kind.currentData(),
            party_org_name=self.org_name.text(),
            committee_name=self.committee.text(),
            objection_phone=self.objection_phone.text(),
            supervision_phone=self.supervision_phone.text(),
            township_phone=self.township_phone.text(),
            one_shoulder=self.one_shoulder.isChecked(),
            posting_day=self.posting_day.value(),
        )

    def set_data(self, data: CentreData) -> None:
        self.village.setText(data.village_name)
        self.code.setText(data.division_code)
        self.township.setText(data.township_name)
        self.county.setText(data.county_name)
        self.org_kind.setCurrentIndex(max(self.org_kind.findData(data.party_org_kind), 0))
        self.org_name.setText(data.party_org_name)
        self.committee.setText(data.committee_name)
        self.objection_phone.setText(data.objection_phone)
        self.supervision_phone.setText(data.supervision_phone)
        self.township_phone.setText(data.township_phone)
        self.one_shoulder.setChecked(data.one_shoulder)
        self.posting_day.setValue(data.posting_day)

    def validate(self) -> CentreData | None:
        """Validate with core; show every broken rule under the form and focus the first field."""
        try:
            data = core_centre.validate_centre(self.data())
        except ValidationError as exc:
            self.errors.setText(exc.render(tr_core))
            widget = self._by_field.get(exc.errors[0].field)
            if widget is not None:
                widget.setFocus()
            return None
        self.errors.clear()
        return data

    def show_error(self, exc: ValidationError) -> None:
        self.errors.setText(exc.render(tr_core))
