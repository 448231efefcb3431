
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "activities": {
                  Row: {
                    "accessibility_notes": string | null,"audience": string | null,"booking_scope": string,"created_at": string,"created_by": string | null,"description": string | null,"facilitator_name": string | null,"fees_kind": Database["public"]['Enums']["fees_kind"],"format": Database["public"]['Enums']["activity_format"],"hidden_at": string | null,"hidden_reason": string | null,"id": string,"kind": Database["public"]['Enums']["activity_kind"],"level": Database["public"]['Enums']["niveau"] | null,"min_attendance": number | null,"min_attendance_action": string,"min_attendance_notice_minutes": number,"place_id": string,"place_public": boolean,"price_cents": number | null,"publics": (string)[],"recurrence_rule": string | null,"search_document": string | null,"search_vector": unknown,"status": Database["public"]['Enums']["activity_status"],"themes": (string)[],"title": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "accessibility_notes"?: string | null,"audience"?: string | null,"booking_scope"?: string,"created_at"?: string,"created_by"?: string | null,"description"?: string | null,"facilitator_name"?: string | null,"fees_kind"?: Database["public"]['Enums']["fees_kind"],"format"?: Database["public"]['Enums']["activity_format"],"hidden_at"?: string | null,"hidden_reason"?: string | null,"id"?: string,"kind"?: Database["public"]['Enums']["activity_kind"],"level"?: Database["public"]['Enums']["niveau"] | null,"min_attendance"?: number | null,"min_attendance_action"?: string,"min_attendance_notice_minutes"?: number,"place_id": string,"place_public"?: boolean,"price_cents"?: number | null,"publics"?: (string)[],"recurrence_rule"?: string | null,"search_document"?: never,"search_vector"?: never,"status"?: Database["public"]['Enums']["activity_status"],"themes"?: (string)[],"title": string,"updated_at"?: string
                  }
                  Update: {
                    "accessibility_notes"?: string | null,"audience"?: string | null,"booking_scope"?: string,"created_at"?: string,"created_by"?: string | null,"description"?: string | null,"facilitator_name"?: string | null,"fees_kind"?: Database["public"]['Enums']["fees_kind"],"format"?: Database["public"]['Enums']["activity_format"],"hidden_at"?: string | null,"hidden_reason"?: string | null,"id"?: string,"kind"?: Database["public"]['Enums']["activity_kind"],"level"?: Database["public"]['Enums']["niveau"] | null,"min_attendance"?: number | null,"min_attendance_action"?: string,"min_attendance_notice_minutes"?: number,"place_id"?: string,"place_public"?: boolean,"price_cents"?: number | null,"publics"?: (string)[],"recurrence_rule"?: string | null,"search_document"?: never,"search_vector"?: never,"status"?: Database["public"]['Enums']["activity_status"],"themes"?: (string)[],"title"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "activities_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "activities_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                },"activity_monthly_aggregates": {
                  Row: {
                    "code": string,"collective": number,"deja_accompagne": number,"dimension": string,"individual": number,"minutes": number,"month": string,"participants": number,"place_id": string,"records": number
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"collective": number,"deja_accompagne": number,"dimension": string,"individual": number,"minutes": number,"month": string,"participants": number,"place_id": string,"records": number
                  }
                  Update: {
                    "code"?: string,"collective"?: number,"deja_accompagne"?: number,"dimension"?: string,"individual"?: number,"minutes"?: number,"month"?: string,"participants"?: number,"place_id"?: string,"records"?: number
                  }
                  Relationships: [
                    
                  ]
                },"activity_network_monthly": {
                  Row: {
                    "code": string,"collective": number,"deja_accompagne": number,"dimension": string,"individual": number,"minutes": number,"month": string,"participants": number,"records": number,"validated": boolean
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"collective": number,"deja_accompagne": number,"dimension": string,"individual": number,"minutes": number,"month": string,"participants": number,"records": number,"validated": boolean
                  }
                  Update: {
                    "code"?: string,"collective"?: number,"deja_accompagne"?: number,"dimension"?: string,"individual"?: number,"minutes"?: number,"month"?: string,"participants"?: number,"records"?: number,"validated"?: boolean
                  }
                  Relationships: [
                    
                  ]
                },"activity_place_monthly_totals": {
                  Row: {
                    "collective": number,"deja_accompagne": number,"individual": number,"minutes": number,"month": string,"participants": number,"place_id": string,"records": number,"validated": boolean
                  }
                  ComputedFields: never
                  Insert: {
                    "collective": number,"deja_accompagne": number,"individual": number,"minutes": number,"month": string,"participants": number,"place_id": string,"records": number,"validated": boolean
                  }
                  Update: {
                    "collective"?: number,"deja_accompagne"?: number,"individual"?: number,"minutes"?: number,"month"?: string,"participants"?: number,"place_id"?: string,"records"?: number,"validated"?: boolean
                  }
                  Relationships: [
                    
                  ]
                },"activity_records": {
                  Row: {
                    "appointment_id": string | null,"autonomie": Database["public"]['Enums']["autonomie"] | null,"booking_id": string | null,"commune_code": string | null,"counts_by_genre": Json | null,"counts_by_statut_social": Json | null,"counts_by_tranche_age": Json | null,"created_at": string,"created_by": string | null,"date": string,"deja_accompagne": number,"duration_minutes": number,"id": string,"materiel": (string)[],"niveau": Database["public"]['Enums']["niveau"] | null,"notes": string | null,"oriente_vers_structure": boolean | null,"participants_total": number,"place_id": string,"session_id": string | null,"structure_de_redirection": Database["public"]['Enums']["structure_de_redirection"] | null,"themes": (string)[],"titre_atelier": string | null,"type": Database["public"]['Enums']["activity_record_type"],"type_lieu": Database["public"]['Enums']["type_lieu"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "appointment_id"?: string | null,"autonomie"?: Database["public"]['Enums']["autonomie"] | null,"booking_id"?: string | null,"commune_code"?: string | null,"counts_by_genre"?: Json | null,"counts_by_statut_social"?: Json | null,"counts_by_tranche_age"?: Json | null,"created_at"?: string,"created_by"?: string | null,"date": string,"deja_accompagne"?: number,"duration_minutes": number,"id"?: string,"materiel"?: (string)[],"niveau"?: Database["public"]['Enums']["niveau"] | null,"notes"?: string | null,"oriente_vers_structure"?: boolean | null,"participants_total"?: number,"place_id": string,"session_id"?: string | null,"structure_de_redirection"?: Database["public"]['Enums']["structure_de_redirection"] | null,"themes": (string)[],"titre_atelier"?: string | null,"type": Database["public"]['Enums']["activity_record_type"],"type_lieu"?: Database["public"]['Enums']["type_lieu"],"updated_at"?: string
                  }
                  Update: {
                    "appointment_id"?: string | null,"autonomie"?: Database["public"]['Enums']["autonomie"] | null,"booking_id"?: string | null,"commune_code"?: string | null,"counts_by_genre"?: Json | null,"counts_by_statut_social"?: Json | null,"counts_by_tranche_age"?: Json | null,"created_at"?: string,"created_by"?: string | null,"date"?: string,"deja_accompagne"?: number,"duration_minutes"?: number,"id"?: string,"materiel"?: (string)[],"niveau"?: Database["public"]['Enums']["niveau"] | null,"notes"?: string | null,"oriente_vers_structure"?: boolean | null,"participants_total"?: number,"place_id"?: string,"session_id"?: string | null,"structure_de_redirection"?: Database["public"]['Enums']["structure_de_redirection"] | null,"themes"?: (string)[],"titre_atelier"?: string | null,"type"?: Database["public"]['Enums']["activity_record_type"],"type_lieu"?: Database["public"]['Enums']["type_lieu"],"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "activity_records_appointment_id_fkey"
      columns: ["appointment_id"]
isOneToOne: false
      referencedRelation: "appointments"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "activity_records_booking_id_fkey"
      columns: ["booking_id"]
isOneToOne: false
      referencedRelation: "bookings"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "activity_records_commune_code_fkey"
      columns: ["commune_code"]
isOneToOne: false
      referencedRelation: "communes"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "activity_records_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "activity_records_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "activity_records_session_id_fkey"
      columns: ["session_id"]
isOneToOne: false
      referencedRelation: "sessions"
      referencedColumns: ["id"]
    }
                  ]
                },"appointment_availabilities": {
                  Row: {
                    "buffer_minutes": number,"created_at": string,"end_time": string,"first_day": string,"horizon_days": number,"id": string,"is_active": boolean,"last_day": string | null,"location_note": string | null,"mediateur_id": string,"min_notice_minutes": number,"modalities": (Database["public"]['Enums']["appointment_modality"])[],"place_id": string,"place_public": boolean,"slot_minutes": number,"start_time": string,"time_zone": string,"updated_at": string,"weekdays": (number)[],"who_may_book": Database["public"]['Enums']["who_may_book"]
                  }
                  ComputedFields: never
                  Insert: {
                    "buffer_minutes"?: number,"created_at"?: string,"end_time": string,"first_day": string,"horizon_days"?: number,"id"?: string,"is_active"?: boolean,"last_day"?: string | null,"location_note"?: string | null,"mediateur_id": string,"min_notice_minutes"?: number,"modalities"?: (Database["public"]['Enums']["appointment_modality"])[],"place_id": string,"place_public"?: boolean,"slot_minutes"?: number,"start_time": string,"time_zone"?: string,"updated_at"?: string,"weekdays"?: (number)[],"who_may_book"?: Database["public"]['Enums']["who_may_book"]
                  }
                  Update: {
                    "buffer_minutes"?: number,"created_at"?: string,"end_time"?: string,"first_day"?: string,"horizon_days"?: number,"id"?: string,"is_active"?: boolean,"last_day"?: string | null,"location_note"?: string | null,"mediateur_id"?: string,"min_notice_minutes"?: number,"modalities"?: (Database["public"]['Enums']["appointment_modality"])[],"place_id"?: string,"place_public"?: boolean,"slot_minutes"?: number,"start_time"?: string,"time_zone"?: string,"updated_at"?: string,"weekdays"?: (number)[],"who_may_book"?: Database["public"]['Enums']["who_may_book"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "appointment_availabilities_mediateur_id_fkey"
      columns: ["mediateur_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "appointment_availabilities_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "appointment_availabilities_place_id_mediateur_id_fkey"
      columns: ["place_id","mediateur_id"]
isOneToOne: false
      referencedRelation: "place_memberships"
      referencedColumns: ["place_id","user_id"]
    }
                  ]
                },"appointments": {
                  Row: {
                    "attendance": Database["public"]['Enums']["attendance"] | null,"availability_id": string | null,"calendar_sequence": number,"cancellation_reason": string | null,"cancelled_at": string | null,"cancelled_by_place": boolean,"coming_confirmed_at": string | null,"consent_at": string,"created_at": string,"email": string | null,"ends_at": string,"erased_at": string | null,"first_name": string,"id": string,"idempotency_key": string | null,"locale": string,"manage_token_hash": string | null,"mediateur_id": string | null,"modality": Database["public"]['Enums']["appointment_modality"],"motive": string | null,"person_key": string | null,"phone": string | null,"place_id": string,"prescriber_email": string | null,"prescriber_name": string | null,"prescriber_organisation": string | null,"sms_token_hash": string | null,"starts_at": string,"status": Database["public"]['Enums']["appointment_status"],"themes": (string)[],"updated_at": string,"user_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "attendance"?: Database["public"]['Enums']["attendance"] | null,"availability_id"?: string | null,"calendar_sequence"?: number,"cancellation_reason"?: string | null,"cancelled_at"?: string | null,"cancelled_by_place"?: boolean,"coming_confirmed_at"?: string | null,"consent_at": string,"created_at"?: string,"email"?: string | null,"ends_at": string,"erased_at"?: string | null,"first_name": string,"id"?: string,"idempotency_key"?: string | null,"locale"?: string,"manage_token_hash"?: string | null,"mediateur_id"?: string | null,"modality"?: Database["public"]['Enums']["appointment_modality"],"motive"?: string | null,"person_key"?: never,"phone"?: string | null,"place_id": string,"prescriber_email"?: string | null,"prescriber_name"?: string | null,"prescriber_organisation"?: string | null,"sms_token_hash"?: string | null,"starts_at": string,"status"?: Database["public"]['Enums']["appointment_status"],"themes"?: (string)[],"updated_at"?: string,"user_id"?: string | null
                  }
                  Update: {
                    "attendance"?: Database["public"]['Enums']["attendance"] | null,"availability_id"?: string | null,"calendar_sequence"?: number,"cancellation_reason"?: string | null,"cancelled_at"?: string | null,"cancelled_by_place"?: boolean,"coming_confirmed_at"?: string | null,"consent_at"?: string,"created_at"?: string,"email"?: string | null,"ends_at"?: string,"erased_at"?: string | null,"first_name"?: string,"id"?: string,"idempotency_key"?: string | null,"locale"?: string,"manage_token_hash"?: string | null,"mediateur_id"?: string | null,"modality"?: Database["public"]['Enums']["appointment_modality"],"motive"?: string | null,"person_key"?: never,"phone"?: string | null,"place_id"?: string,"prescriber_email"?: string | null,"prescriber_name"?: string | null,"prescriber_organisation"?: string | null,"sms_token_hash"?: string | null,"starts_at"?: string,"status"?: Database["public"]['Enums']["appointment_status"],"themes"?: (string)[],"updated_at"?: string,"user_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "appointments_availability_id_place_id_fkey"
      columns: ["availability_id","place_id"]
isOneToOne: false
      referencedRelation: "appointment_availabilities"
      referencedColumns: ["id","place_id"]
    },{
      foreignKeyName: "appointments_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "appointments_place_id_mediateur_id_fkey"
      columns: ["place_id","mediateur_id"]
isOneToOne: false
      referencedRelation: "place_memberships"
      referencedColumns: ["place_id","user_id"]
    },{
      foreignKeyName: "appointments_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"audit_events": {
                  Row: {
                    "action": string,"actor": string | null,"actor_role": string | null,"at": string,"id": number,"new": Json | null,"old": Json | null,"row_id": string,"table_name": string
                  }
                  ComputedFields: never
                  Insert: {
                    "action": string,"actor"?: string | null,"actor_role"?: string | null,"at"?: string,"id"?: never,"new"?: Json | null,"old"?: Json | null,"row_id": string,"table_name": string
                  }
                  Update: {
                    "action"?: string,"actor"?: string | null,"actor_role"?: string | null,"at"?: string,"id"?: never,"new"?: Json | null,"old"?: Json | null,"row_id"?: string,"table_name"?: string
                  }
                  Relationships: [
                    
                  ]
                },"bookings": {
                  Row: {
                    "arrival": number,"attendance": Database["public"]['Enums']["attendance"] | null,"calendar_sequence": number,"cancelled_at": string | null,"coming_confirmed_at": string | null,"consent_at": string,"course_booking_id": string | null,"created_at": string,"email": string | null,"erased_at": string | null,"first_name": string,"id": string,"idempotency_key": string | null,"locale": string,"manage_token_hash": string | null,"person_key": string | null,"phone": string | null,"place_id": string,"prescriber_consent_at": string | null,"prescriber_email": string | null,"prescriber_name": string | null,"prescriber_organisation": string | null,"promoted_at": string | null,"session_id": string,"sms_token_hash": string | null,"status": Database["public"]['Enums']["booking_status"],"updated_at": string,"user_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "arrival"?: never,"attendance"?: Database["public"]['Enums']["attendance"] | null,"calendar_sequence"?: number,"cancelled_at"?: string | null,"coming_confirmed_at"?: string | null,"consent_at": string,"course_booking_id"?: string | null,"created_at"?: string,"email"?: string | null,"erased_at"?: string | null,"first_name": string,"id"?: string,"idempotency_key"?: string | null,"locale"?: string,"manage_token_hash"?: string | null,"person_key"?: never,"phone"?: string | null,"place_id": string,"prescriber_consent_at"?: string | null,"prescriber_email"?: string | null,"prescriber_name"?: string | null,"prescriber_organisation"?: string | null,"promoted_at"?: string | null,"session_id": string,"sms_token_hash"?: string | null,"status"?: Database["public"]['Enums']["booking_status"],"updated_at"?: string,"user_id"?: string | null
                  }
                  Update: {
                    "arrival"?: never,"attendance"?: Database["public"]['Enums']["attendance"] | null,"calendar_sequence"?: number,"cancelled_at"?: string | null,"coming_confirmed_at"?: string | null,"consent_at"?: string,"course_booking_id"?: string | null,"created_at"?: string,"email"?: string | null,"erased_at"?: string | null,"first_name"?: string,"id"?: string,"idempotency_key"?: string | null,"locale"?: string,"manage_token_hash"?: string | null,"person_key"?: never,"phone"?: string | null,"place_id"?: string,"prescriber_consent_at"?: string | null,"prescriber_email"?: string | null,"prescriber_name"?: string | null,"prescriber_organisation"?: string | null,"promoted_at"?: string | null,"session_id"?: string,"sms_token_hash"?: string | null,"status"?: Database["public"]['Enums']["booking_status"],"updated_at"?: string,"user_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "bookings_course_booking_id_fkey"
      columns: ["course_booking_id"]
isOneToOne: false
      referencedRelation: "bookings"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "bookings_session_id_place_id_fkey"
      columns: ["session_id","place_id"]
isOneToOne: false
      referencedRelation: "sessions"
      referencedColumns: ["id","place_id"]
    },{
      foreignKeyName: "bookings_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"communes": {
                  Row: {
                    "centre_source": string | null,"code": string,"departement_code": string,"latitude": number | null,"longitude": number | null,"name": string,"population": number | null,"postal_codes": (string)[],"region_code": string
                  }
                  ComputedFields: never
                  Insert: {
                    "centre_source"?: string | null,"code": string,"departement_code": string,"latitude"?: number | null,"longitude"?: number | null,"name": string,"population"?: number | null,"postal_codes"?: (string)[],"region_code": string
                  }
                  Update: {
                    "centre_source"?: string | null,"code"?: string,"departement_code"?: string,"latitude"?: number | null,"longitude"?: number | null,"name"?: string,"population"?: number | null,"postal_codes"?: (string)[],"region_code"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "communes_departement_code_fkey"
      columns: ["departement_code"]
isOneToOne: false
      referencedRelation: "departements"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "communes_region_code_fkey"
      columns: ["region_code"]
isOneToOne: false
      referencedRelation: "regions"
      referencedColumns: ["code"]
    }
                  ]
                },"coordination_activities": {
                  Row: {
                    "created_at": string,"created_by": string | null,"date": string,"duration_minutes": number | null,"id": string,"kind": Database["public"]['Enums']["coordination_kind"],"nature_partenariat": Database["public"]['Enums']["nature_partenariat"] | null,"notes": string | null,"participants": number | null,"place_id": string,"title": string,"type_animation": Database["public"]['Enums']["type_animation"] | null,"type_evenement": Database["public"]['Enums']["type_evenement"] | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"created_by"?: string | null,"date": string,"duration_minutes"?: number | null,"id"?: string,"kind": Database["public"]['Enums']["coordination_kind"],"nature_partenariat"?: Database["public"]['Enums']["nature_partenariat"] | null,"notes"?: string | null,"participants"?: number | null,"place_id": string,"title": string,"type_animation"?: Database["public"]['Enums']["type_animation"] | null,"type_evenement"?: Database["public"]['Enums']["type_evenement"] | null,"updated_at"?: string
                  }
                  Update: {
                    "created_at"?: string,"created_by"?: string | null,"date"?: string,"duration_minutes"?: number | null,"id"?: string,"kind"?: Database["public"]['Enums']["coordination_kind"],"nature_partenariat"?: Database["public"]['Enums']["nature_partenariat"] | null,"notes"?: string | null,"participants"?: number | null,"place_id"?: string,"title"?: string,"type_animation"?: Database["public"]['Enums']["type_animation"] | null,"type_evenement"?: Database["public"]['Enums']["type_evenement"] | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "coordination_activities_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "coordination_activities_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                },"dashboard_share_links": {
                  Row: {
                    "created_at": string,"created_by": string | null,"departement_code": string | null,"expires_at": string,"id": string,"place_id": string | null,"range_from": string,"range_to": string,"region_code": string | null,"revoked_at": string | null,"scope_kind": string,"token_hash": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"created_by"?: string | null,"departement_code"?: string | null,"expires_at"?: string,"id"?: string,"place_id"?: string | null,"range_from": string,"range_to": string,"region_code"?: string | null,"revoked_at"?: string | null,"scope_kind": string,"token_hash": string
                  }
                  Update: {
                    "created_at"?: string,"created_by"?: string | null,"departement_code"?: string | null,"expires_at"?: string,"id"?: string,"place_id"?: string | null,"range_from"?: string,"range_to"?: string,"region_code"?: string | null,"revoked_at"?: string | null,"scope_kind"?: string,"token_hash"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "dashboard_share_links_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "dashboard_share_links_departement_code_fkey"
      columns: ["departement_code"]
isOneToOne: false
      referencedRelation: "departements"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "dashboard_share_links_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "dashboard_share_links_region_code_fkey"
      columns: ["region_code"]
isOneToOne: false
      referencedRelation: "regions"
      referencedColumns: ["code"]
    }
                  ]
                },"departements": {
                  Row: {
                    "code": string,"name": string,"region_code": string
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"name": string,"region_code": string
                  }
                  Update: {
                    "code"?: string,"name"?: string,"region_code"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "departements_region_code_fkey"
      columns: ["region_code"]
isOneToOne: false
      referencedRelation: "regions"
      referencedColumns: ["code"]
    }
                  ]
                },"dev_mailbox": {
                  Row: {
                    "attachment_names": (string)[],"created_at": string,"from_address": string,"html_body": string | null,"id": string,"subject": string,"text_body": string,"to_address": string
                  }
                  ComputedFields: never
                  Insert: {
                    "attachment_names"?: (string)[],"created_at"?: string,"from_address": string,"html_body"?: string | null,"id"?: string,"subject": string,"text_body": string,"to_address": string
                  }
                  Update: {
                    "attachment_names"?: (string)[],"created_at"?: string,"from_address"?: string,"html_body"?: string | null,"id"?: string,"subject"?: string,"text_body"?: string,"to_address"?: string
                  }
                  Relationships: [
                    
                  ]
                },"dev_sms_mailbox": {
                  Row: {
                    "created_at": string,"id": string,"reference": string,"text_body": string,"to_number": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"id"?: string,"reference": string,"text_body": string,"to_number": string
                  }
                  Update: {
                    "created_at"?: string,"id"?: string,"reference"?: string,"text_body"?: string,"to_number"?: string
                  }
                  Relationships: [
                    
                  ]
                },"disbursements": {
                  Row: {
                    "agreement_id": string,"amount_cents": number,"created_at": string,"id": string,"notes": string | null,"paid_on": string | null,"planned_on": string,"status": Database["public"]['Enums']["disbursement_status"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "agreement_id": string,"amount_cents": number,"created_at"?: string,"id"?: string,"notes"?: string | null,"paid_on"?: string | null,"planned_on": string,"status"?: Database["public"]['Enums']["disbursement_status"],"updated_at"?: string
                  }
                  Update: {
                    "agreement_id"?: string,"amount_cents"?: number,"created_at"?: string,"id"?: string,"notes"?: string | null,"paid_on"?: string | null,"planned_on"?: string,"status"?: Database["public"]['Enums']["disbursement_status"],"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "disbursements_agreement_id_fkey"
      columns: ["agreement_id"]
isOneToOne: false
      referencedRelation: "funding_agreements"
      referencedColumns: ["id"]
    }
                  ]
                },"funding_agreements": {
                  Row: {
                    "closed_on": string | null,"closing_reason": string | null,"co_funders": NonNullable<Json>,"created_at": string,"duration_years": number,"id": string,"notes": string | null,"numerique_bonus_cents": number,"place_id": string,"reference": string | null,"signed_on": string | null,"starts_on": string,"status": Database["public"]['Enums']["agreement_status"],"updated_at": string,"wave_id": string | null,"yearly_amounts_cents": (number)[]
                  }
                  ComputedFields: never
                  Insert: {
                    "closed_on"?: string | null,"closing_reason"?: string | null,"co_funders"?: NonNullable<Json>,"created_at"?: string,"duration_years": number,"id"?: string,"notes"?: string | null,"numerique_bonus_cents"?: number,"place_id": string,"reference"?: string | null,"signed_on"?: string | null,"starts_on": string,"status"?: Database["public"]['Enums']["agreement_status"],"updated_at"?: string,"wave_id"?: string | null,"yearly_amounts_cents": (number)[]
                  }
                  Update: {
                    "closed_on"?: string | null,"closing_reason"?: string | null,"co_funders"?: NonNullable<Json>,"created_at"?: string,"duration_years"?: number,"id"?: string,"notes"?: string | null,"numerique_bonus_cents"?: number,"place_id"?: string,"reference"?: string | null,"signed_on"?: string | null,"starts_on"?: string,"status"?: Database["public"]['Enums']["agreement_status"],"updated_at"?: string,"wave_id"?: string | null,"yearly_amounts_cents"?: (number)[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "funding_agreements_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "funding_agreements_wave_id_fkey"
      columns: ["wave_id"]
isOneToOne: false
      referencedRelation: "waves"
      referencedColumns: ["id"]
    }
                  ]
                },"invitations": {
                  Row: {
                    "accepted_at": string | null,"accepted_by": string | null,"created_at": string,"email": string,"expires_at": string,"id": string,"invited_by": string | null,"network_role": Database["public"]['Enums']["network_role"] | null,"place_id": string | null,"place_role": Database["public"]['Enums']["place_role"] | null,"revoked_at": string | null,"token_hash": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "accepted_at"?: string | null,"accepted_by"?: string | null,"created_at"?: string,"email": string,"expires_at"?: string,"id"?: string,"invited_by"?: string | null,"network_role"?: Database["public"]['Enums']["network_role"] | null,"place_id"?: string | null,"place_role"?: Database["public"]['Enums']["place_role"] | null,"revoked_at"?: string | null,"token_hash": string,"updated_at"?: string
                  }
                  Update: {
                    "accepted_at"?: string | null,"accepted_by"?: string | null,"created_at"?: string,"email"?: string,"expires_at"?: string,"id"?: string,"invited_by"?: string | null,"network_role"?: Database["public"]['Enums']["network_role"] | null,"place_id"?: string | null,"place_role"?: Database["public"]['Enums']["place_role"] | null,"revoked_at"?: string | null,"token_hash"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "invitations_accepted_by_fkey"
      columns: ["accepted_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "invitations_invited_by_fkey"
      columns: ["invited_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "invitations_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                },"labels": {
                  Row: {
                    "code": string,"created_at": string,"description": string | null,"id": string,"name": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"created_at"?: string,"description"?: string | null,"id"?: string,"name": string,"updated_at"?: string
                  }
                  Update: {
                    "code"?: string,"created_at"?: string,"description"?: string | null,"id"?: string,"name"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    
                  ]
                },"loan_events": {
                  Row: {
                    "actor": string | null,"at": string,"from_status": Database["public"]['Enums']["loan_status"] | null,"id": number,"loan_id": string,"note": string | null,"to_status": Database["public"]['Enums']["loan_status"]
                  }
                  ComputedFields: never
                  Insert: {
                    "actor"?: string | null,"at"?: string,"from_status"?: Database["public"]['Enums']["loan_status"] | null,"id"?: never,"loan_id": string,"note"?: string | null,"to_status": Database["public"]['Enums']["loan_status"]
                  }
                  Update: {
                    "actor"?: string | null,"at"?: string,"from_status"?: Database["public"]['Enums']["loan_status"] | null,"id"?: never,"loan_id"?: string,"note"?: string | null,"to_status"?: Database["public"]['Enums']["loan_status"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "loan_events_actor_fkey"
      columns: ["actor"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "loan_events_loan_id_fkey"
      columns: ["loan_id"]
isOneToOne: false
      referencedRelation: "loans"
      referencedColumns: ["id"]
    }
                  ]
                },"loans": {
                  Row: {
                    "borrower_place_id": string,"cancelled_at": string | null,"condition_in": string | null,"condition_out": string | null,"created_at": string,"decided_at": string | null,"handed_over_at": string | null,"id": string,"lender_place_id": string,"notes": string | null,"period": unknown,"requested_by": string | null,"returned_at": string | null,"status": Database["public"]['Enums']["loan_status"],"tool_id": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "borrower_place_id": string,"cancelled_at"?: string | null,"condition_in"?: string | null,"condition_out"?: string | null,"created_at"?: string,"decided_at"?: string | null,"handed_over_at"?: string | null,"id"?: string,"lender_place_id": string,"notes"?: string | null,"period": unknown,"requested_by"?: string | null,"returned_at"?: string | null,"status"?: Database["public"]['Enums']["loan_status"],"tool_id": string,"updated_at"?: string
                  }
                  Update: {
                    "borrower_place_id"?: string,"cancelled_at"?: string | null,"condition_in"?: string | null,"condition_out"?: string | null,"created_at"?: string,"decided_at"?: string | null,"handed_over_at"?: string | null,"id"?: string,"lender_place_id"?: string,"notes"?: string | null,"period"?: unknown,"requested_by"?: string | null,"returned_at"?: string | null,"status"?: Database["public"]['Enums']["loan_status"],"tool_id"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "loans_borrower_place_id_fkey"
      columns: ["borrower_place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "loans_requested_by_fkey"
      columns: ["requested_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "loans_tool_id_lender_place_id_fkey"
      columns: ["tool_id","lender_place_id"]
isOneToOne: false
      referencedRelation: "tools"
      referencedColumns: ["id","place_id"]
    }
                  ]
                },"place_labels": {
                  Row: {
                    "created_at": string,"ends_on": string | null,"granted_on": string,"id": string,"label_id": string,"place_id": string,"updated_at": string,"wave_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"ends_on"?: string | null,"granted_on": string,"id"?: string,"label_id": string,"place_id": string,"updated_at"?: string,"wave_id"?: string | null
                  }
                  Update: {
                    "created_at"?: string,"ends_on"?: string | null,"granted_on"?: string,"id"?: string,"label_id"?: string,"place_id"?: string,"updated_at"?: string,"wave_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "place_labels_label_id_fkey"
      columns: ["label_id"]
isOneToOne: false
      referencedRelation: "labels"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "place_labels_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "place_labels_wave_id_fkey"
      columns: ["wave_id"]
isOneToOne: false
      referencedRelation: "waves"
      referencedColumns: ["id"]
    }
                  ]
                },"place_memberships": {
                  Row: {
                    "created_at": string,"place_id": string,"role": Database["public"]['Enums']["place_role"],"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"place_id": string,"role"?: Database["public"]['Enums']["place_role"],"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "created_at"?: string,"place_id"?: string,"role"?: Database["public"]['Enums']["place_role"],"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "place_memberships_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "place_memberships_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"place_photos": {
                  Row: {
                    "alt_text": string,"created_at": string,"id": string,"place_id": string,"position": number,"storage_path": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "alt_text": string,"created_at"?: string,"id"?: string,"place_id": string,"position"?: number,"storage_path": string,"updated_at"?: string
                  }
                  Update: {
                    "alt_text"?: string,"created_at"?: string,"id"?: string,"place_id"?: string,"position"?: number,"storage_path"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "place_photos_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                },"places": {
                  Row: {
                    "acces_libre_url": string | null,"access_modes": (string)[],"accessibility_notes": string | null,"address": string | null,"address_complement": string | null,"booking_url": string | null,"carrier_legal_form": string | null,"carrier_name": string | null,"commune_code": string | null,"coordinates_precision": string | null,"created_at": string,"date_maj": string,"description": string | null,"email": string | null,"external_id": string | null,"fees": (string)[],"hidden_at": string | null,"hidden_reason": string | null,"hub_fabrique_id": string | null,"id": string,"is_qpv": boolean,"is_rural": boolean,"itinerance": (string)[],"kinds": (string)[],"latitude": number | null,"longitude": number | null,"merged_into_id": string | null,"name": string,"national_programmes": (string)[],"opening_hours": string | null,"phone": string | null,"pivot": string | null,"postal_code": string | null,"publics": (string)[],"reminder_hours": number,"search_document": string,"search_vector": unknown,"services": (string)[],"slug": string,"source": string | null,"specific_support": (string)[],"status": Database["public"]['Enums']["publication_status"],"summary": string | null,"support_modes": (string)[],"updated_at": string,"website": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "acces_libre_url"?: string | null,"access_modes"?: (string)[],"accessibility_notes"?: string | null,"address"?: string | null,"address_complement"?: string | null,"booking_url"?: string | null,"carrier_legal_form"?: string | null,"carrier_name"?: string | null,"commune_code"?: string | null,"coordinates_precision"?: string | null,"created_at"?: string,"date_maj"?: string,"description"?: string | null,"email"?: string | null,"external_id"?: string | null,"fees"?: (string)[],"hidden_at"?: string | null,"hidden_reason"?: string | null,"hub_fabrique_id"?: string | null,"id"?: string,"is_qpv"?: boolean,"is_rural"?: boolean,"itinerance"?: (string)[],"kinds"?: (string)[],"latitude"?: number | null,"longitude"?: number | null,"merged_into_id"?: string | null,"name": string,"national_programmes"?: (string)[],"opening_hours"?: string | null,"phone"?: string | null,"pivot"?: string | null,"postal_code"?: string | null,"publics"?: (string)[],"reminder_hours"?: number,"search_document"?: string,"search_vector"?: never,"services"?: (string)[],"slug": string,"source"?: string | null,"specific_support"?: (string)[],"status"?: Database["public"]['Enums']["publication_status"],"summary"?: string | null,"support_modes"?: (string)[],"updated_at"?: string,"website"?: string | null
                  }
                  Update: {
                    "acces_libre_url"?: string | null,"access_modes"?: (string)[],"accessibility_notes"?: string | null,"address"?: string | null,"address_complement"?: string | null,"booking_url"?: string | null,"carrier_legal_form"?: string | null,"carrier_name"?: string | null,"commune_code"?: string | null,"coordinates_precision"?: string | null,"created_at"?: string,"date_maj"?: string,"description"?: string | null,"email"?: string | null,"external_id"?: string | null,"fees"?: (string)[],"hidden_at"?: string | null,"hidden_reason"?: string | null,"hub_fabrique_id"?: string | null,"id"?: string,"is_qpv"?: boolean,"is_rural"?: boolean,"itinerance"?: (string)[],"kinds"?: (string)[],"latitude"?: number | null,"longitude"?: number | null,"merged_into_id"?: string | null,"name"?: string,"national_programmes"?: (string)[],"opening_hours"?: string | null,"phone"?: string | null,"pivot"?: string | null,"postal_code"?: string | null,"publics"?: (string)[],"reminder_hours"?: number,"search_document"?: string,"search_vector"?: never,"services"?: (string)[],"slug"?: string,"source"?: string | null,"specific_support"?: (string)[],"status"?: Database["public"]['Enums']["publication_status"],"summary"?: string | null,"support_modes"?: (string)[],"updated_at"?: string,"website"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "places_commune_code_fkey"
      columns: ["commune_code"]
isOneToOne: false
      referencedRelation: "communes"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "places_hub_fabrique_id_fkey"
      columns: ["hub_fabrique_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "places_merged_into_id_fkey"
      columns: ["merged_into_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                },"profiles": {
                  Row: {
                    "created_at": string,"display_name": string,"email": string | null,"id": string,"locale": string,"network_role": Database["public"]['Enums']["network_role"] | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"display_name": string,"email"?: string | null,"id": string,"locale"?: string,"network_role"?: Database["public"]['Enums']["network_role"] | null,"updated_at"?: string
                  }
                  Update: {
                    "created_at"?: string,"display_name"?: string,"email"?: string | null,"id"?: string,"locale"?: string,"network_role"?: Database["public"]['Enums']["network_role"] | null,"updated_at"?: string
                  }
                  Relationships: [
                    
                  ]
                },"regions": {
                  Row: {
                    "code": string,"name": string
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"name": string
                  }
                  Update: {
                    "code"?: string,"name"?: string
                  }
                  Relationships: [
                    
                  ]
                },"reports": {
                  Row: {
                    "corrections": NonNullable<Json>,"created_at": string,"id": string,"indicators": NonNullable<Json>,"narrative": string | null,"period": Database["public"]['Enums']["report_period"],"period_end": string | null,"period_start": string,"place_id": string,"review_comment": string | null,"reviewed_at": string | null,"reviewed_by": string | null,"status": Database["public"]['Enums']["report_status"],"submitted_at": string | null,"submitted_by": string | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "corrections"?: NonNullable<Json>,"created_at"?: string,"id"?: string,"indicators"?: NonNullable<Json>,"narrative"?: string | null,"period": Database["public"]['Enums']["report_period"],"period_end"?: never,"period_start": string,"place_id": string,"review_comment"?: string | null,"reviewed_at"?: string | null,"reviewed_by"?: string | null,"status"?: Database["public"]['Enums']["report_status"],"submitted_at"?: string | null,"submitted_by"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "corrections"?: NonNullable<Json>,"created_at"?: string,"id"?: string,"indicators"?: NonNullable<Json>,"narrative"?: string | null,"period"?: Database["public"]['Enums']["report_period"],"period_end"?: never,"period_start"?: string,"place_id"?: string,"review_comment"?: string | null,"reviewed_at"?: string | null,"reviewed_by"?: string | null,"status"?: Database["public"]['Enums']["report_status"],"submitted_at"?: string | null,"submitted_by"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "reports_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "reports_reviewed_by_fkey"
      columns: ["reviewed_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "reports_submitted_by_fkey"
      columns: ["submitted_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"resources": {
                  Row: {
                    "audience": string | null,"created_at": string,"created_by": string | null,"description": string | null,"hidden_at": string | null,"hidden_reason": string | null,"id": string,"kind": Database["public"]['Enums']["resource_kind"],"licence": string | null,"mime_type": string | null,"place_id": string,"place_public": boolean,"size_bytes": number | null,"status": Database["public"]['Enums']["publication_status"],"storage_path": string | null,"themes": (string)[],"title": string,"updated_at": string,"url": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "audience"?: string | null,"created_at"?: string,"created_by"?: string | null,"description"?: string | null,"hidden_at"?: string | null,"hidden_reason"?: string | null,"id"?: string,"kind"?: Database["public"]['Enums']["resource_kind"],"licence"?: string | null,"mime_type"?: string | null,"place_id": string,"place_public"?: boolean,"size_bytes"?: number | null,"status"?: Database["public"]['Enums']["publication_status"],"storage_path"?: string | null,"themes"?: (string)[],"title": string,"updated_at"?: string,"url"?: string | null
                  }
                  Update: {
                    "audience"?: string | null,"created_at"?: string,"created_by"?: string | null,"description"?: string | null,"hidden_at"?: string | null,"hidden_reason"?: string | null,"id"?: string,"kind"?: Database["public"]['Enums']["resource_kind"],"licence"?: string | null,"mime_type"?: string | null,"place_id"?: string,"place_public"?: boolean,"size_bytes"?: number | null,"status"?: Database["public"]['Enums']["publication_status"],"storage_path"?: string | null,"themes"?: (string)[],"title"?: string,"updated_at"?: string,"url"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "resources_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "resources_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                },"sessions": {
                  Row: {
                    "activity_id": string,"activity_public": boolean,"activity_remote": boolean,"booking_closes_at": string | null,"booking_opens_at": string | null,"calendar_sequence": number,"cancellation_cutoff_minutes": number,"cancellation_reason": string | null,"cancelled_at": string | null,"capacity": number,"created_at": string,"ends_at": string,"id": string,"location_note": string | null,"place_id": string,"starts_at": string,"status": Database["public"]['Enums']["session_status"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "activity_id": string,"activity_public"?: boolean,"activity_remote"?: boolean,"booking_closes_at"?: string | null,"booking_opens_at"?: string | null,"calendar_sequence"?: number,"cancellation_cutoff_minutes"?: number,"cancellation_reason"?: string | null,"cancelled_at"?: string | null,"capacity": number,"created_at"?: string,"ends_at": string,"id"?: string,"location_note"?: string | null,"place_id": string,"starts_at": string,"status"?: Database["public"]['Enums']["session_status"],"updated_at"?: string
                  }
                  Update: {
                    "activity_id"?: string,"activity_public"?: boolean,"activity_remote"?: boolean,"booking_closes_at"?: string | null,"booking_opens_at"?: string | null,"calendar_sequence"?: number,"cancellation_cutoff_minutes"?: number,"cancellation_reason"?: string | null,"cancelled_at"?: string | null,"capacity"?: number,"created_at"?: string,"ends_at"?: string,"id"?: string,"location_note"?: string | null,"place_id"?: string,"starts_at"?: string,"status"?: Database["public"]['Enums']["session_status"],"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "sessions_activity_id_place_id_fkey"
      columns: ["activity_id","place_id"]
isOneToOne: false
      referencedRelation: "activities"
      referencedColumns: ["id","place_id"]
    }
                  ]
                },"tool_qualifications": {
                  Row: {
                    "created_at": string,"expires_at": string | null,"granted_at": string,"granted_by": string | null,"id": string,"place_id": string,"tool_id": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"expires_at"?: string | null,"granted_at"?: string,"granted_by"?: string | null,"id"?: string,"place_id": string,"tool_id": string,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "created_at"?: string,"expires_at"?: string | null,"granted_at"?: string,"granted_by"?: string | null,"id"?: string,"place_id"?: string,"tool_id"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "tool_qualifications_granted_by_fkey"
      columns: ["granted_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "tool_qualifications_tool_id_place_id_fkey"
      columns: ["tool_id","place_id"]
isOneToOne: false
      referencedRelation: "tools"
      referencedColumns: ["id","place_id"]
    },{
      foreignKeyName: "tool_qualifications_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"tool_reservations": {
                  Row: {
                    "cancelled_at": string | null,"created_at": string,"during": unknown,"id": string,"place_id": string,"purpose": string | null,"status": Database["public"]['Enums']["reservation_status"],"tool_id": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cancelled_at"?: string | null,"created_at"?: string,"during": unknown,"id"?: string,"place_id": string,"purpose"?: string | null,"status"?: Database["public"]['Enums']["reservation_status"],"tool_id": string,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "cancelled_at"?: string | null,"created_at"?: string,"during"?: unknown,"id"?: string,"place_id"?: string,"purpose"?: string | null,"status"?: Database["public"]['Enums']["reservation_status"],"tool_id"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "tool_reservations_tool_id_place_id_fkey"
      columns: ["tool_id","place_id"]
isOneToOne: false
      referencedRelation: "tools"
      referencedColumns: ["id","place_id"]
    },{
      foreignKeyName: "tool_reservations_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"tools": {
                  Row: {
                    "category": string | null,"condition": string | null,"created_at": string,"deposit_cents": number | null,"description": string | null,"hidden_at": string | null,"hidden_reason": string | null,"id": string,"name": string,"out_of_service": boolean,"photo_alt_text": string | null,"photo_path": string | null,"place_id": string,"place_public": boolean,"qualification_validity_months": number | null,"required_training_activity_id": string | null,"status": Database["public"]['Enums']["publication_status"],"updated_at": string,"usage": Database["public"]['Enums']["tool_usage"]
                  }
                  ComputedFields: never
                  Insert: {
                    "category"?: string | null,"condition"?: string | null,"created_at"?: string,"deposit_cents"?: number | null,"description"?: string | null,"hidden_at"?: string | null,"hidden_reason"?: string | null,"id"?: string,"name": string,"out_of_service"?: boolean,"photo_alt_text"?: string | null,"photo_path"?: string | null,"place_id": string,"place_public"?: boolean,"qualification_validity_months"?: number | null,"required_training_activity_id"?: string | null,"status"?: Database["public"]['Enums']["publication_status"],"updated_at"?: string,"usage"?: Database["public"]['Enums']["tool_usage"]
                  }
                  Update: {
                    "category"?: string | null,"condition"?: string | null,"created_at"?: string,"deposit_cents"?: number | null,"description"?: string | null,"hidden_at"?: string | null,"hidden_reason"?: string | null,"id"?: string,"name"?: string,"out_of_service"?: boolean,"photo_alt_text"?: string | null,"photo_path"?: string | null,"place_id"?: string,"place_public"?: boolean,"qualification_validity_months"?: number | null,"required_training_activity_id"?: string | null,"status"?: Database["public"]['Enums']["publication_status"],"updated_at"?: string,"usage"?: Database["public"]['Enums']["tool_usage"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "tools_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "tools_required_training_activity_id_fkey"
      columns: ["required_training_activity_id"]
isOneToOne: false
      referencedRelation: "activities"
      referencedColumns: ["id"]
    }
                  ]
                },"waves": {
                  Row: {
                    "announced_on": string | null,"closes_on": string | null,"created_at": string,"id": string,"name": string,"opens_on": string,"status": Database["public"]['Enums']["wave_status"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "announced_on"?: string | null,"closes_on"?: string | null,"created_at"?: string,"id"?: string,"name": string,"opens_on": string,"status"?: Database["public"]['Enums']["wave_status"],"updated_at"?: string
                  }
                  Update: {
                    "announced_on"?: string | null,"closes_on"?: string | null,"created_at"?: string,"id"?: string,"name"?: string,"opens_on"?: string,"status"?: Database["public"]['Enums']["wave_status"],"updated_at"?: string
                  }
                  Relationships: [
                    
                  ]
                },"webhook_deliveries": {
                  Row: {
                    "attempts": number,"created_at": string,"delivered_at": string | null,"event_id": string,"event_type": string,"id": number,"last_error": string | null,"last_status_code": number | null,"next_attempt_at": string | null,"ordering_key": string,"payload": NonNullable<Json>,"round": number,"status": string,"subscription_id": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "attempts"?: number,"created_at"?: string,"delivered_at"?: string | null,"event_id": string,"event_type": string,"id"?: never,"last_error"?: string | null,"last_status_code"?: number | null,"next_attempt_at"?: string | null,"ordering_key": string,"payload": NonNullable<Json>,"round"?: number,"status"?: string,"subscription_id": string,"updated_at"?: string
                  }
                  Update: {
                    "attempts"?: number,"created_at"?: string,"delivered_at"?: string | null,"event_id"?: string,"event_type"?: string,"id"?: never,"last_error"?: string | null,"last_status_code"?: number | null,"next_attempt_at"?: string | null,"ordering_key"?: string,"payload"?: NonNullable<Json>,"round"?: number,"status"?: string,"subscription_id"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "webhook_deliveries_subscription_id_fkey"
      columns: ["subscription_id"]
isOneToOne: false
      referencedRelation: "webhook_subscriptions"
      referencedColumns: ["id"]
    }
                  ]
                },"webhook_subscriptions": {
                  Row: {
                    "active": boolean,"created_at": string,"created_by": string | null,"events": (string)[],"id": string,"place_id": string | null,"previous_secret": string | null,"previous_secret_expires_at": string | null,"secret": string,"updated_at": string,"url": string
                  }
                  ComputedFields: never
                  Insert: {
                    "active"?: boolean,"created_at"?: string,"created_by"?: string | null,"events": (string)[],"id"?: string,"place_id"?: string | null,"previous_secret"?: string | null,"previous_secret_expires_at"?: string | null,"secret"?: string,"updated_at"?: string,"url": string
                  }
                  Update: {
                    "active"?: boolean,"created_at"?: string,"created_by"?: string | null,"events"?: (string)[],"id"?: string,"place_id"?: string | null,"previous_secret"?: string | null,"previous_secret_expires_at"?: string | null,"secret"?: string,"updated_at"?: string,"url"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "webhook_subscriptions_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "webhook_subscriptions_place_id_fkey"
      columns: ["place_id"]
isOneToOne: false
      referencedRelation: "places"
      referencedColumns: ["id"]
    }
                  ]
                }
          }
          Views: {
            [_ in never]: never
          }
          Functions: {
            [_ in never]: never
          }
          Enums: {
            "activity_format": "on_site"|"remote"|"hybrid","activity_kind": "workshop"|"training","activity_record_type": "individuel"|"collectif","activity_status": "draft"|"published"|"cancelled","agreement_status": "draft"|"signed"|"closed","appointment_modality": "sur_place"|"telephone"|"domicile"|"visio","appointment_status": "booked"|"cancelled","attendance": "seen"|"excused"|"revoked"|"noshow","autonomie": "entierement_accompagne"|"partiellement_autonome"|"autonome","booking_status": "confirmed"|"waitlisted"|"cancelled","coordination_kind": "animation"|"evenement"|"partenariat","disbursement_status": "planned"|"paid","fees_kind": "gratuit"|"payant","genre": "masculin"|"feminin"|"non_communique","loan_status": "requested"|"approved"|"declined"|"handed_over"|"returned"|"cancelled","nature_partenariat": "parcours_usager"|"subvention"|"coordination_departementale"|"rdv_elu"|"autre","network_role": "network_admin"|"observer","niveau": "debutant"|"intermediaire"|"avance","place_role": "member"|"manager","publication_status": "draft"|"published"|"archived","report_period": "quarter"|"year","report_status": "draft"|"submitted"|"sent_back"|"validated","reservation_status": "active"|"cancelled","resource_kind": "guide"|"kit"|"template"|"other","session_status": "scheduled"|"cancelled","statut_social": "scolarise"|"sans_emploi"|"en_emploi"|"retraite"|"non_communique","structure_de_redirection": "administration"|"mediation_numerique"|"operateur_ou_organisme_en_charge"|"aide_sociale"|"insertion_professionnelle"|"aide_aux_demarches_administratives"|"autre","tool_usage": "on_site"|"lendable","tranche_age": "moins_de_douze"|"douze_dix_huit"|"dix_huit_vingt_quatre"|"vingt_cinq_trente_neuf"|"quarante_cinquante_neuf"|"soixante_soixante_neuf"|"soixante_dix_plus"|"non_communique","type_animation": "assemblee"|"comite"|"groupe_de_travail"|"echange"|"reunion_coordination"|"webinaire"|"autre","type_evenement": "grand_public"|"national"|"inclusion_numerique"|"nec_local"|"autre","type_lieu": "lieu_activite"|"domicile"|"a_distance"|"autre","wave_status": "draft"|"open"|"closed","who_may_book": "agents"|"agents_and_prescribers"|"everyone"
          }
          CompositeTypes: {
            [_ in never]: never
          }
        }
}

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
  ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R
    }
    ? R
    : never
  : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I
    }
    ? I
    : never
  : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U
    }
    ? U
    : never
  : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
  ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
  ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never

export const Constants = {
  "public": {
          Enums: {
            "activity_format": ["on_site", "remote", "hybrid"],"activity_kind": ["workshop", "training"],"activity_record_type": ["individuel", "collectif"],"activity_status": ["draft", "published", "cancelled"],"agreement_status": ["draft", "signed", "closed"],"appointment_modality": ["sur_place", "telephone", "domicile", "visio"],"appointment_status": ["booked", "cancelled"],"attendance": ["seen", "excused", "revoked", "noshow"],"autonomie": ["entierement_accompagne", "partiellement_autonome", "autonome"],"booking_status": ["confirmed", "waitlisted", "cancelled"],"coordination_kind": ["animation", "evenement", "partenariat"],"disbursement_status": ["planned", "paid"],"fees_kind": ["gratuit", "payant"],"genre": ["masculin", "feminin", "non_communique"],"loan_status": ["requested", "approved", "declined", "handed_over", "returned", "cancelled"],"nature_partenariat": ["parcours_usager", "subvention", "coordination_departementale", "rdv_elu", "autre"],"network_role": ["network_admin", "observer"],"niveau": ["debutant", "intermediaire", "avance"],"place_role": ["member", "manager"],"publication_status": ["draft", "published", "archived"],"report_period": ["quarter", "year"],"report_status": ["draft", "submitted", "sent_back", "validated"],"reservation_status": ["active", "cancelled"],"resource_kind": ["guide", "kit", "template", "other"],"session_status": ["scheduled", "cancelled"],"statut_social": ["scolarise", "sans_emploi", "en_emploi", "retraite", "non_communique"],"structure_de_redirection": ["administration", "mediation_numerique", "operateur_ou_organisme_en_charge", "aide_sociale", "insertion_professionnelle", "aide_aux_demarches_administratives", "autre"],"tool_usage": ["on_site", "lendable"],"tranche_age": ["moins_de_douze", "douze_dix_huit", "dix_huit_vingt_quatre", "vingt_cinq_trente_neuf", "quarante_cinquante_neuf", "soixante_soixante_neuf", "soixante_dix_plus", "non_communique"],"type_animation": ["assemblee", "comite", "groupe_de_travail", "echange", "reunion_coordination", "webinaire", "autre"],"type_evenement": ["grand_public", "national", "inclusion_numerique", "nec_local", "autre"],"type_lieu": ["lieu_activite", "domicile", "a_distance", "autre"],"wave_status": ["draft", "open", "closed"],"who_may_book": ["agents", "agents_and_prescribers", "everyone"]
          }
        }
} as const
