package vn.motcua.forms.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.forms.FormNumber;
import vn.motcua.platform.time.BusinessZone;

/**
 * Mẫu 06, Sổ theo dõi hồ sơ: the dossiers a receiving agency received in a period, one line each,
 * with an empty column for the applicant's signature on collecting the result. A4 landscape.
 */
public final class RegisterForm {

    private RegisterForm() {
    }

    public static byte[] render(Letterhead head, List<Dossier> dossiers, LocalDate from, LocalDate to,
            LongFunction<String> agencyName, BusinessZone zone) {
        List<List<String>> rows = new ArrayList<>();
        for (Dossier d : dossiers) {
            Applicant a = d.applicant();
            String contact = join(a.address(), a.phone());
            rows.add(List.of(Integer.toString(rows.size() + 1), d.code(), d.procedure().name(), a.name(), contact,
                    agencyName.apply(d.placement().resolvingAgencyId()), zone.formatDateTime(d.timeline().receivedAt()),
                    zone.formatDateTime(d.timeline().appointmentAt() != null ? d.timeline().appointmentAt() : d.timeline().dueAt()),
                    zone.formatDateTime(d.timeline().returnedAt()), delivery(d.placement().delivery()), ""));
        }
        return FormLayout.a4Landscape(FormNumber.REGISTER.title())
                .letterhead(head)
                .title(FormNumber.REGISTER.title(), "Từ ngày " + BusinessZone.DATE.format(from) + " đến ngày "
                        + BusinessZone.DATE.format(to) + " (" + dossiers.size() + " hồ sơ)")
                .grid(new float[] { 4, 13, 17, 11, 15, 11, 8, 8, 8, 7, 8 },
                        List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên cá nhân, tổ chức",
                                "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày, giờ nhận hồ sơ",
                                "Ngày, giờ hẹn trả kết quả", "Ngày, giờ trả kết quả", "Phương thức nhận kết quả",
                                "Ký nhận"),
                        rows, 6.5f)
                .finish();
    }

    static String delivery(Delivery delivery) {
        return switch (delivery) {
            case COUNTER -> "Trực tiếp";
            case POST -> "Bưu chính";
            case ONLINE -> "Trực tuyến";
        };
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second == null ? "" : second;
        }
        return second == null ? first : first + "; " + second;
    }
}
