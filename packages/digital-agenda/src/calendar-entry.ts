// `@pedoman-medsos/digital-agenda/calendar`: the iCalendar feed on its own entry, because the `ics`
// library it uses (and its validator, yup) would otherwise travel with every browser bundle of
// the package, hashtag checks included.
export { agendaCalendar } from './calendar';
